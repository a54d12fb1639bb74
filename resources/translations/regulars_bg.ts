<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Нещо се обърка</translation>
    </message>
    <message>
        <source>Regulars ran into an unexpected error:

%1

Your customer file was not changed by the failed action. The details were written to the log:
%2</source>
        <translation>Regulars срещна неочаквана грешка:

%1

Клиентският ви файл не е променен от неуспешното действие. Подробностите са записани в дневника:
%2</translation>
    </message>
    <message>
        <source>There is no customer file at %1.</source>
        <translation>Няма клиентски файл %1.</translation>
    </message>
    <message>
        <source>Create a new customer file</source>
        <translation>Създаване на нов клиентски файл</translation>
    </message>
    <message>
        <source>Cannot open the customer file</source>
        <translation>Клиентският файл не може да бъде отворен</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Отваряне на друг файл…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>The customer file %1 is missing. A restore that did not finish kept the previous file aside as %2.

Put it back? Nothing is deleted.</source>
        <translation>Клиентският файл %1 липсва. Възстановяването от копие не завърши, а предишният файл е запазен до него като %2.

Да бъде ли върнат на мястото си? Нищо не се изтрива.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Връщане на мястото му</translation>
    </message>
    <message>
        <source>Open or create a customer file</source>
        <translation>Отваряне или създаване на клиентски файл</translation>
    </message>
    <message>
        <source>Customer files (*.regulars *.db);;All files (*)</source>
        <translation>Клиентски файлове (*.regulars *.db);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Стъпало</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последна покупка</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Общо похарчено</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Етикети</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Служител</translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation>%1 (по повод)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западноевропейска)</translation>
    </message>
    <message>
        <source>Mac Cyrillic</source>
        <translation>Mac кирилица</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запетая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка и запетая</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табулация</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Таблици и контакти (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Всички файлове (*)</translation>
    </message>
    <message>
        <source>Import customers or purchases</source>
        <translation>Импортиране на клиенти или покупки</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жена</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мъж</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Месинджър</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Имен ден</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Годишнина от сватбата</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Изтичане на паспорта</translation>
    </message>
    <message>
        <source>Child&apos;s birthday</source>
        <translation>Рожден ден на дете</translation>
    </message>
    <message>
        <source>Founding day</source>
        <translation>Ден на основаване</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Задграничен паспорт</translation>
    </message>
    <message>
        <source>Domestic passport</source>
        <translation>Вътрешен паспорт</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Лична карта</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>съпруг(а)</translation>
    </message>
    <message>
        <source>child</source>
        <translation>дете</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родител</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>приятел</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>колега</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>лице за контакт</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>препоръчан(а)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>друго</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Поща</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Обаждания</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Платена</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Неплатена</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>Предварителна поръчка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Анулирана</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Върната</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Обаждане</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Писмо</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Оплакване</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзив</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарък</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Препоръка</translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation>Защо ни напусна</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Forgot about us</source>
        <translation>Забрави за нас</translation>
    </message>
    <message>
        <source>Needed a new offer</source>
        <translation>Искаше ново предложение</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслужване</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциален клиент</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Купувач</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Редовен клиент</translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation>Привърженик</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Посланик</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>хартиен формуляр</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>имейл</translation>
    </message>
    <message>
        <source>website</source>
        <translation>уебсайт</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>Следваща покупка</translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation>Реактивиране</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Добре дошли отново</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Изтичащо</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Връчване</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Рождени дни</translation>
    </message>
    <message>
        <source>Name days and other dates</source>
        <translation>Имени дни и други дати</translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation>Годишнина от първата покупка</translation>
    </message>
    <message>
        <source>Follow-up after a purchase</source>
        <translation>Проследяване след покупка</translation>
    </message>
    <message>
        <source>Towards the 2nd purchase</source>
        <translation>Към втората покупка</translation>
    </message>
    <message>
        <source>Towards the 3rd purchase</source>
        <translation>Към третата покупка</translation>
    </message>
    <message>
        <source>Wake up the dormant</source>
        <translation>Реактивиране на неактивните</translation>
    </message>
    <message>
        <source>Back from a trip</source>
        <translation>Завръщане от пътуване</translation>
    </message>
    <message>
        <source>Coupon about to expire</source>
        <translation>Купон с изтичащ срок</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>Точки с изтичащ срок</translation>
    </message>
    <message>
        <source>Card to hand over</source>
        <translation>Карта за връчване</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Шампиони</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лоялни</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективни</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Нуждаят се от внимание</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>В риск</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Заспиващи</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Изгубени</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Неактивни</translation>
    </message>
    <message>
        <source>Event buyers</source>
        <translation>Купувачи по повод</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Пощенски сървър</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Адрес на подателя</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Име на фирмата</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напомняния</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Обръщения</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Отстъпка, %</translation>
    </message>
    <message>
        <source>From purchase no.</source>
        <translation>От покупка №</translation>
    </message>
    <message>
        <source>From a spend of</source>
        <translation>При покупки на обща стойност от</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Лична отстъпка</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV за Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Работна книга на Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 for address books (*.vcf)</source>
        <translation>vCard 3.0 за адресни книги (*.vcf)</translation>
    </message>
    <message>
        <source>Everything, as JSON (*.json)</source>
        <translation>Всичко, като JSON (*.json)</translation>
    </message>
    <message>
        <source>Birthdays and dates for a calendar (*.ics)</source>
        <translation>Рождени дни и дати за календар (*.ics)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Patronymic / middle name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>Full name, family name first (split)</source>
        <translation>Пълно име, първо фамилията (за разделяне)</translation>
    </message>
    <message>
        <source>Full name, given name first (split)</source>
        <translation>Пълно име, първо собственото име (за разделяне)</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Фамилия на латиница</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Собствено име на латиница</translation>
    </message>
    <message>
        <source>Name as the address book shows it (when there is no other)</source>
        <translation>Име, както е в адресната книга (ако няма друго)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прякор</translation>
    </message>
    <message>
        <source>Name prefix (Mrs, Dr…)</source>
        <translation>Обръщение пред името (г-жа, д-р…)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Година на раждане</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Месец на раждане</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Ден на раждане</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспортът изтича</translation>
    </message>
    <message>
        <source>A child&apos;s birthday</source>
        <translation>Рожден ден на дете</translation>
    </message>
    <message>
        <source>Founding day (a company&apos;s)</source>
        <translation>Ден на основаване (на фирма)</translation>
    </message>
    <message>
        <source>Another date to remember</source>
        <translation>Друга дата за запомняне</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Телефон (мобилен)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Телефон (домашен)</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Телефон (служебен)</translation>
    </message>
    <message>
        <source>Label of the phone in the next column</source>
        <translation>Вид на телефона в следващата колона</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>Имейл (личен)</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>Имейл (служебен)</translation>
    </message>
    <message>
        <source>Label of the e-mail in the next column</source>
        <translation>Вид на имейла в следващата колона</translation>
    </message>
    <message>
        <source>Messenger or social profile</source>
        <translation>Месинджър или профил в социална мрежа</translation>
    </message>
    <message>
        <source>Label of the address in the next columns</source>
        <translation>Вид на адреса в следващите колони</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Улица и номер</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Адрес, втори ред</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Област / щат</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Address as a vCard writes it</source>
        <translation>Адрес във формата на vCard</translation>
    </message>
    <message>
        <source>Home address as a vCard writes it</source>
        <translation>Домашен адрес във формата на vCard</translation>
    </message>
    <message>
        <source>Work address as a vCard writes it</source>
        <translation>Служебен адрес във формата на vCard</translation>
    </message>
    <message>
        <source>Photo (base64)</source>
        <translation>Снимка (base64)</translation>
    </message>
    <message>
        <source>Which phone, e-mail and address come first (TEL:…, EMAIL:…, ADR:…)</source>
        <translation>Кои телефон, имейл и адрес са първи (TEL:…, EMAIL:…, ADR:…)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>Откъде е дошъл клиентът</translation>
    </message>
    <message>
        <source>Id in the other program</source>
        <translation>ID в другата програма</translation>
    </message>
    <message>
        <source>Agrees to e-mail (yes/no)</source>
        <translation>Съгласие за имейл (да/не)</translation>
    </message>
    <message>
        <source>Agrees to SMS (yes/no)</source>
        <translation>Съгласие за SMS (да/не)</translation>
    </message>
    <message>
        <source>Agrees to post (yes/no)</source>
        <translation>Съгласие за поща (да/не)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer: id in the other program</source>
        <translation>Клиент: ID в другата програма</translation>
    </message>
    <message>
        <source>Customer: e-mail</source>
        <translation>Клиент: имейл</translation>
    </message>
    <message>
        <source>Customer: phone</source>
        <translation>Клиент: телефон</translation>
    </message>
    <message>
        <source>Customer: card number</source>
        <translation>Клиент: номер на карта</translation>
    </message>
    <message>
        <source>Customer: name</source>
        <translation>Клиент: име</translation>
    </message>
    <message>
        <source>Birthday: call and congratulate</source>
        <translation>Рожден ден: обадете се и поздравете</translation>
    </message>
    <message>
        <source>Passport expires {date}: time to renew</source>
        <translation>Паспортът изтича на {date}: време е за нов</translation>
    </message>
    <message>
        <source>Years since the first purchase: {years}</source>
        <translation>Години от първата покупка: {years}</translation>
    </message>
    <message>
        <source>How do they like it? Ask what they liked and what they did not</source>
        <translation>Как е покупката? Попитайте какво им хареса и какво не</translation>
    </message>
    <message>
        <source>Bought once: invite them back for the second purchase</source>
        <translation>Една покупка: поканете ги за втора</translation>
    </message>
    <message>
        <source>Bought twice: the third purchase is where loyalty starts</source>
        <translation>Две покупки: с третата започва лоялността</translation>
    </message>
    <message>
        <source>Slipping away: invite them back (and ask why they left)</source>
        <translation>Отдалечава се: поканете отново (и попитайте защо спря да купува)</translation>
    </message>
    <message>
        <source>Back from the trip: welcome back, how was it?</source>
        <translation>Върнаха се от пътуването: добре дошли, как мина?</translation>
    </message>
    <message>
        <source>Coupon {code} expires {date}</source>
        <translation>Купонът {code} изтича на {date}</translation>
    </message>
    <message>
        <source>{points} points expire {date}</source>
        <translation>Точките ({points}) изтичат на {date}</translation>
    </message>
    <message>
        <source>Loyalty card {number} to hand over</source>
        <translation>Да се връчи картата за лоялни клиенти {number}</translation>
    </message>
    <message>
        <source> (turns {age})</source>
        <translation> (навършва {age})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>„{value}“ не е дата</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архива</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>няма съгласие</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>съгласието е оттеглено</translation>
    </message>
    <message>
        <source>e-mail address not verified</source>
        <translation>имейл адресът не е проверен</translation>
    </message>
    <message>
        <source>number not verified</source>
        <translation>номерът не е проверен</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>няма имейл адрес</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>няма телефонен номер</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>няма пощенски адрес</translation>
    </message>
    <message>
        <source>the letter cannot be written: {why}</source>
        <translation>писмото не може да се състави: {why}</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>вече е изпратено</translation>
    </message>
    <message>
        <source>no longer in the file</source>
        <translation>вече го няма в картотеката</translation>
    </message>
    <message>
        <source>no active loyalty card</source>
        <translation>няма действаща карта</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>няма такъв клиент</translation>
    </message>
    <message>
        <source>no discount: no discount levels are set up yet</source>
        <translation>без отстъпка: нивата на отстъпки още не са настроени</translation>
    </message>
    <message>
        <source>no discount</source>
        <translation>без отстъпка</translation>
    </message>
    <message>
        <source>{percent}: {level}, from purchase no. {n}</source>
        <translation>{percent}: „{level}“ от покупка № {n}</translation>
    </message>
    <message>
        <source>{percent}: {level}, spent over {amount}</source>
        <translation>{percent}: „{level}“, покупки за над {amount}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>−{amount}</translation>
    </message>
    <message>
        <source>{what}: coupon {code}, valid until {day}</source>
        <translation>{what}: купон {code}, валиден до {day}</translation>
    </message>
    <message>
        <source>{what}: coupon {code}</source>
        <translation>{what}: купон {code}</translation>
    </message>
    <message>
        <source>{percent}: personal discount</source>
        <translation>{percent}: лична отстъпка</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About</source>
        <translation>За клиента</translation>
    </message>
    <message>
        <source>Comma-separated: VIP, fair…</source>
        <translation>Разделени със запетая: VIP, панаир…</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>Как ни е намерил</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Избор…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Изчистване</translation>
    </message>
    <message>
        <source>Buys only from us (adherent)</source>
        <translation>Купува само от нас (привърженик)</translation>
    </message>
    <message>
        <source>Recommends us (advocate)</source>
        <translation>Препоръчва ни (посланик)</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>без оценка</translation>
    </message>
    <message>
        <source>Our share of what they spend in our category</source>
        <translation>Нашият дял от разходите на клиента в нашата категория</translation>
    </message>
    <message>
        <source>Family, life events to ask about, what they like and do not like…</source>
        <translation>Семейство, събития в живота, за които да попитаме, какво харесва и какво не…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Етикети</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Източник</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Препоръчан от</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>Отговорник</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Дял от портфейла</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <source>Add a staff member…</source>
        <translation>Добавяне на служител…</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Нов служител</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Служител</translation>
    </message>
    <message>
        <source>Who recommended us to them?</source>
        <translation>Кой ни е препоръчал на клиента?</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>All kinds</source>
        <translation>Всички видове</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> дни напред</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Нова задача…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Експортиране на календар…</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Отговорник:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Служител</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Готово…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отлагане</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До утре</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>За седмица</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>До дата…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Пропускане</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Отваряне на клиента</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочени</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source> (snoozed from %1)</source>
        <translation> (отложено от %1)</translation>
    </message>
    <message>
        <source>%1 to do today (overdue included), %2 in all</source>
        <translation>За днес: %1 (вкл. просрочените), общо %2</translation>
    </message>
    <message>
        <source> — showing the first %1: choose whose or which kind to narrow it</source>
        <translation> — показани са първите %1: изберете отговорник или вид, за да стесните списъка</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: изпълнени %2 от %3</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Отлагане до утре</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Отлагане за седмица</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>A note for the history (optional):</source>
        <translation>Бележка за историята (по избор):</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Отлагане до</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Експортиране на календар</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Календар (*.ics)</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>Събития: %1, записани в %2</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Все още няма данни</translation>
    </message>
</context>
<context>
    <name>BulkActionsMixin</name>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Добавяне на етикет</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n customer(s):</source>
        <translation>
            <numerusform>Етикет за %n клиент:</numerusform>
            <numerusform>Етикет за %n клиенти:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Премахване на етикет</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Етикет за премахване:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никой</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Възлагане</translation>
    </message>
    <message>
        <source>Who looks after them?</source>
        <translation>Кой се грижи за тях?</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>Забравяне на клиента</translation>
    </message>
    <message>
        <source>Remove everything personal about %1 — names, contacts, addresses, dates, notes, history, cards — for good?

Their purchases stay, without a name, so the statistics stay right. This cannot be undone.</source>
        <translation>Да бъде ли премахнато окончателно всичко лично за %1 — имена, контакти, адреси, дати, бележки, история, карти?

Покупките остават, без име, за да е вярна статистиката. Това не може да бъде отменено.</translation>
    </message>
    <message>
        <source>The customer was forgotten.</source>
        <translation>Клиентът е забравен.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed from e-mail. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n клиент е отписан от имейл разпращанията. Отмяна с Ctrl+Z.</numerusform>
            <numerusform>%n клиенти са отписани от имейл разпращанията. Отмяна с Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) archived. Undo with Ctrl+Z, or restore them from the archive.</source>
        <translation>
            <numerusform>%n клиент е архивиран. Отмяна с Ctrl+Z или възстановяване от архива.</numerusform>
            <numerusform>%n клиенти са архивирани. Отмяна с Ctrl+Z или възстановяване от архива.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 for good, with %2, %3 and %4?

This cannot be undone.</source>
        <translation>Да се изтрият завинаги %1, заедно с %2, %3 и %4?

Това не може да се отмени.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиенти</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n покупка</numerusform>
            <numerusform>%n покупки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries</source>
        <translation>
            <numerusform>%n запис в историята</numerusform>
            <numerusform>%n записа в историята</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n бележка</numerusform>
            <numerusform>%n бележки</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Окончателно изтриване</translation>
    </message>
</context>
<context>
    <name>CardTables</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Номер или адрес</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Означение</translation>
    </message>
    <message>
        <source>mobile, work…</source>
        <translation>мобилен, служебен…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основен</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавяне на контакт</translation>
    </message>
    <message>
        <source>Phones, e-mails, messengers</source>
        <translation>Телефони, имейли, месинджъри</translation>
    </message>
    <message>
        <source>DD.MM.YYYY, or DD.MM without the year</source>
        <translation>ДД.ММ.ГГГГ или ДД.ММ без година</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Всяка година</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Добавяне на дата</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Рожден ден</translation>
    </message>
    <message>
        <source>Birthday and other dates</source>
        <translation>Рожден ден и други дати</translation>
    </message>
    <message>
        <source>Street, house</source>
        <translation>Улица, номер</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Допълнително</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>Region, state</source>
        <translation>Област, щат</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Пощенски код</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Държава</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получател</translation>
    </message>
    <message>
        <source>if not the customer</source>
        <translation>ако не е клиентът</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Добавяне на адрес</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Пощенски адреси</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Издаден</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Валиден до</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Издаден от</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Добавяне на документ</translation>
    </message>
    <message>
        <source>Travel documents (never payment cards)</source>
        <translation>Документи за пътуване (никога платежни карти)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>size, metal, favourite drink…</source>
        <translation>размер, метал, любима напитка…</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Предпочитание</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Добавяне на предпочитание</translation>
    </message>
    <message>
        <source>Tastes and preferences</source>
        <translation>Вкусове и предпочитания</translation>
    </message>
    <message>
        <source>Kept as written, not verified: %1</source>
        <translation>Запазено както е написано, без проверка: %1</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>May we contact them? (consent)</source>
        <translation>Може ли да се свързваме с клиента? (съгласие)</translation>
    </message>
    <message>
        <source>Agreed how</source>
        <translation>Как е дадено</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>съгласие от %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>оттеглено на %1</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation>&amp;Покупки</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation>Запазване на картата (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <source>Patronymic / middle name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation>Като в паспорта</translation>
    </message>
    <message>
        <source>Fill from Cyrillic</source>
        <translation>Попълване от кирилицата</translation>
    </message>
    <message>
        <source>Passport spelling (ICAO Doc 9303)</source>
        <translation>Изписване като в паспорта (ICAO Doc 9303)</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Как предпочита да го наричат</translation>
    </message>
    <message>
        <source>How to address them</source>
        <translation>Как да се обръщаме към клиента</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Latin family</source>
        <translation>Фамилия (лат.)</translation>
    </message>
    <message>
        <source>Latin given</source>
        <translation>Име (лат.)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обръщение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Длъжност</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прякор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>New customer: fill in at least a name, then Save.</source>
        <translation>Нов клиент: попълнете поне име, след това натиснете „Запазване“.</translation>
    </message>
    <message>
        <source>In the file since %1</source>
        <translation>Във файла от %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архивиран</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Нов клиент</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ред %1: %2</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>Първо поправете проблемите, отбелязани в червено</translation>
    </message>
    <message>
        <source>Already in the file with this phone or e-mail: %1. Open it instead?</source>
        <translation>Вече има клиент с този телефон или имейл: %1. Да се отвори ли той?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) named %2 already: %1. Open one?</source>
        <translation>
            <numerusform>Вече има %n клиент с име %2: %1. Да се отвори ли?</numerusform>
            <numerusform>Вече има %n клиенти с име %2: %1. Да се отвори ли някой от тях?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red.</source>
        <translation>Не е запазено: поправете проблемите, отбелязани в червено.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Няма промени за запазване.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Запазено.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незапазени промени</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Да се запазят ли промените в %1?</translation>
    </message>
    <message>
        <source>&amp;Purchases (%1)</source>
        <translation>&amp;Покупки (%1)</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;История (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerListMixin</name>
    <message>
        <source>Search by name, phone, e-mail…  (Ctrl+F)</source>
        <translation>Търсене по име, телефон, имейл…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Добавяне на клиент</translation>
    </message>
    <message>
        <source>Try Regulars with 300 demo customers</source>
        <translation>Пробвайте Regulars с 300 примерни клиенти</translation>
    </message>
    <message>
        <source>%1 of %2 archived</source>
        <translation>Архивирани: %1 от %2</translation>
    </message>
    <message>
        <source>%2 archived</source>
        <translation>Архивирани: %2</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>Клиенти: %1 от %2</translation>
    </message>
    <message>
        <source>%2 customers</source>
        <translation>Клиенти: %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your customer file is empty&lt;/h2&gt;&lt;p&gt;Add your first customer, or try Regulars with demo customers first (you can start a fresh file later).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Клиентският ви файл е празен&lt;/h2&gt;&lt;p&gt;Добавете първия си клиент или първо пробвайте Regulars с примерни клиенти (по-късно можете да започнете нов файл).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The archive is empty&lt;/h3&gt;&lt;p&gt;Archived customers wait here until restored or deleted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Архивът е празен&lt;/h3&gt;&lt;p&gt;Архивираните клиенти стоят тук, докато не бъдат възстановени или изтрити.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer matches “%1”&lt;/h3&gt;&lt;p&gt;Try part of the surname, the last digits of the phone, or the e-mail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Няма клиент, отговарящ на „%1“&lt;/h3&gt;&lt;p&gt;Опитайте с част от фамилията, последните цифри на телефона или имейла.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer matches these filters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Няма клиенти, отговарящи на тези филтри&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Избрани: %1</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Обратно към клиентите</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Показване на архива</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” saved: %n customer(s)</source>
        <translation>
            <numerusform>Сегментът „%1“ е запазен: %n клиент</numerusform>
            <numerusform>Сегментът „%1“ е запазен: %n клиенти</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or card number</source>
        <translation>Име, телефон или номер на карта</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Никой не отговаря на „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es); type more to narrow down.</source>
        <translation>
            <numerusform>Още съвпадения: %n; въведете повече, за да стесните търсенето.</numerusform>
            <numerusform>Още съвпадения: %n; въведете повече, за да стесните търсенето.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Last 12 months</source>
        <translation>Последните 12 месеца</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Тази година</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Миналата година</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Друг период</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновяване</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средна покупка</translation>
    </message>
    <message>
        <source>Top 20 % bring</source>
        <translation>Топ 20 % носят</translation>
    </message>
    <message>
        <source>Event buyers</source>
        <translation>Купувачи по повод</translation>
    </message>
    <message>
        <source>Customers per ladder step</source>
        <translation>Клиенти по стъпала</translation>
    </message>
    <message>
        <source>Revenue: new and returning customers</source>
        <translation>Приходи: нови и повторни клиенти</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нови</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>повторни</translation>
    </message>
    <message>
        <source>Retention (CRR) month by month</source>
        <translation>Задържане (CRR) по месеци</translation>
    </message>
    <message>
        <source>Came back (repeat purchase rate)</source>
        <translation>Върнаха се (дял на повторните покупки)</translation>
    </message>
    <message>
        <source>Worth over a lifetime (LTV)</source>
        <translation>Стойност на клиента за цялото време (LTV)</translation>
    </message>
    <message>
        <source>Customers kept (CRR)</source>
        <translation>Задържани клиенти (CRR)</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>Отдалечават се</translation>
    </message>
    <message>
        <source>Who brings the money (ABC) and how regularly (XYZ)</source>
        <translation>Кой носи оборота (ABC) и колко редовно (XYZ)</translation>
    </message>
    <message>
        <source>Groups by recency, frequency and spend (RFM)</source>
        <translation>Групи по давност, честота и сума на покупките (RFM)</translation>
    </message>
    <message>
        <source>RFM: each customer scored 1–5 on how recently they bought (R), how often (F) and how much they spent (M), each against the others in the file; the groups follow from R and F.</source>
        <translation>RFM: всеки клиент получава оценка от 1 до 5 — колко скоро е купувал (R), колко често (F) и за колко (M), в сравнение с останалите в картотеката; групите се определят от R и F.</translation>
    </message>
    <message>
        <source>Click a bar or a cell to list its customers.</source>
        <translation>Щракнете върху стълбче или клетка, за да видите клиентите.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Изчисляване…</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Неуспешно изчисление: %1</translation>
    </message>
    <message>
        <source>%1 bought in the period</source>
        <translation>С покупки през периода: %1</translation>
    </message>
    <message>
        <source>Everyone in the file (archived ones aside); the note counts those whose last purchase is recent enough to count them as customers at the end of the period.</source>
        <translation>Всички в картотеката (без архивираните); отдолу — тези, чиято последна покупка е достатъчно скорошна, за да се броят за клиенти в края на периода.</translation>
    </message>
    <message>
        <source>bought twice or more</source>
        <translation>купили два или повече пъти</translation>
    </message>
    <message>
        <source>The share of buyers who came back for a second purchase or more. The second and the third purchase are where a buyer becomes a regular: raise this first.</source>
        <translation>Делът на купувачите, върнали се за втора покупка и повече. Именно с втората и третата покупка купувачът става постоянен клиент: вдигнете първо тази цифра.</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>Покупки: %1</translation>
    </message>
    <message>
        <source>The average purchase in the period: revenue ÷ purchases = %1 ÷ %2 = %3.</source>
        <translation>Средната покупка за периода: оборот ÷ брой покупки = %1 ÷ %2 = %3.</translation>
    </message>
    <message>
        <source>margin %1 %, %2 months</source>
        <translation>марж %1 %, %2 мес.</translation>
    </message>
    <message>
        <source>start %1, end %2, new %3</source>
        <translation>начало %1, край %2, нови %3</translation>
    </message>
    <message>
        <source>of the revenue</source>
        <translation>от приходите</translation>
    </message>
    <message>
        <source>The fifth of the period&apos;s buyers who spent the most brought %1 of its revenue. The Pareto rule expects about 80 %: far below, the business rests on many small buyers; far above, on a few big ones.</source>
        <translation>Петата част от купувачите за периода, похарчили най-много, са донесли %1 от оборота. Правилото на Парето очаква около 80 %: много по-малко — бизнесът се крепи на много малки купувачи, много повече — на няколко големи.</translation>
    </message>
    <message>
        <source>worth waking up</source>
        <translation>заслужават реактивиране</translation>
    </message>
    <message>
        <source>Silent %1 times longer than their own usual interval between purchases (one-time buyers: over %2 days): time to invite them back. Click to list them.</source>
        <translation>Мълчат %1 пъти по-дълго от обичайния си интервал между покупките (купилите веднъж — над %2 дни): време е да ги поканите отново. Щракнете за списъка.</translation>
    </message>
    <message>
        <source>one or two purchases long ago</source>
        <translation>една или две покупки отдавна</translation>
    </message>
    <message>
        <source>One or two purchases, the last over %1 days ago: bought for an occasion (a gift, a holiday) rather than as regulars. Click to list them.</source>
        <translation>Една-две покупки, последната преди над %1 дни: купували са по повод (подарък, празник), а не като постоянни клиенти. Щракнете за списъка.</translation>
    </message>
    <message>
        <source>Why the month-by-month line is higher than the tile: each month is counted the same way, but over one month, in which few customers go silent, so it stays near 100 %. The tile counts the whole period, over which more are lost.</source>
        <translation>Защо месечната линия е по-висока от плочката: всеки месец се смята по същия начин, но за един месец, а за месец малцина изчезват, затова тя стои близо до 100 %. Плочката смята целия период, през който се губят повече клиенти.</translation>
    </message>
    <message>
        <source>%1: new %2, returning %3</source>
        <translation>%1: нови %2, повторни %3</translation>
    </message>
    <message>
        <source>%1 bought too seldom to judge their regularity</source>
        <translation>%1 купуват твърде рядко, за да се прецени редовността им</translation>
    </message>
    <message>
        <source>Lifetime value: what an average customer brings you in margin over the time they stay a customer.
LTV = average check × purchases a month × margin × months a customer stays
= %1 × %2 × %3 % × %4 = %5</source>
        <translation>Стойност за цялото време: колко надценка носи средният клиент през времето, докато купува от вас.
LTV = среден чек × покупки на месец × надценка × колко месеца остава клиентът
= %1 × %2 × %3 % × %4 = %5</translation>
    </message>
    <message>
        <source>Customer retention rate: of the customers you had at the start of the period, the share you still had at its end (new ones not counted). A customer counts while their last purchase is under %5 days old.
CRR = (at the end − new) ÷ at the start = (%1 − %2) ÷ %3 = %4</source>
        <translation>Коефициент на задържане: какъв дял от клиентите, които сте имали в началото на периода, са останали в края му (новите не се броят). Клиентът се брои, докато от последната му покупка са минали по-малко от %5 дни.
CRR = (в края − нови) ÷ в началото = (%1 − %2) ÷ %3 = %4</translation>
    </message>
    <message>
        <source>ABC: customers by their share of the revenue. A bring the first %1 % of it, B the next up to %2 %, C the rest.
XYZ: how regular their purchases are (the variation of the intervals between them): X under %3, Y under %4, Z above — steady, uneven, by chance.
AX are the core of the business; CZ bought by chance.</source>
        <translation>ABC: клиентите според дела им в оборота. A носят първите %1 %, B — следващите до %2 %, C — останалото.
XYZ: колко редовно купуват (разсейването на интервалите между покупките): X — под %3, Y — под %4, Z — над: стабилно, неравномерно, случайно.
AX са ядрото на бизнеса; CZ са купили случайно.</translation>
    </message>
</context>
<context>
    <name>DialogsMixin</name>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортиране</translation>
    </message>
    <message>
        <source>calendar events</source>
        <translation>календарни събития</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиенти</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>%1 %2 са записани в %3</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Вероятни дубликати</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Сравняване и обединяване…</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>същият телефон</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>същият имейл</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>подобно име</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s)</source>
        <translation>
            <numerusform>%n вероятен дубликат</numerusform>
            <numerusform>%n вероятни дубликата</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Birthday this month</source>
        <translation>Рожден ден този месец</translation>
    </message>
    <message>
        <source>Has e-mail</source>
        <translation>С имейл</translation>
    </message>
    <message>
        <source>Has address</source>
        <translation>С адрес</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Запазване като сегмент…</translation>
    </message>
    <message>
        <source>Keep these filters under a name, for printing and mailings</source>
        <translation>Запазване на тези филтри под име, за печат и разпращания</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Изчистване на филтрите</translation>
    </message>
    <message>
        <source>Chosen on the dashboard; click to show everyone</source>
        <translation>Избрано от таблото; щракнете, за да се покажат всички</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показване:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Всички етикети</translation>
    </message>
    <message>
        <source>Any ladder step</source>
        <translation>Всички стъпала</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Всички отговорници</translation>
    </message>
    <message>
        <source>Nobody&apos;s</source>
        <translation>Без отговорник</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Всички съгласия</translation>
    </message>
    <message>
        <source>Agreed to: %1</source>
        <translation>Съгласие за: %1</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Всички сегменти</translation>
    </message>
</context>
<context>
    <name>GroupTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Нова задача</translation>
    </message>
    <message>
        <source>Call about the autumn collection</source>
        <translation>Обаждане за есенната колекция</translation>
    </message>
    <message numerus="yes">
        <source>For %n customer(s)</source>
        <translation>
            <numerusform>За %n клиент</numerusform>
            <numerusform>За %n клиенти</numerusform>
        </translation>
    </message>
    <message>
        <source>Not tied to a customer</source>
        <translation>Без връзка с клиент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Shared between</source>
        <translation>Разпределена между</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>What happened, what they liked and did not</source>
        <translation>Какво се случи, какво му хареса и какво не</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <source>For complaints and lost customers</source>
        <translation>За оплаквания и изгубени клиенти</translation>
    </message>
    <message>
        <source>Add to history</source>
        <translation>Добавяне в историята</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Изтриване на записа</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>Импортиране: %1</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>клипборд</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Remove invalid characters (control and zero-width characters, non-breaking spaces)</source>
        <translation>Премахване на невалидните знаци (управляващи знаци, знаци с нулева ширина, непрекъсваеми интервали)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделител</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодиране</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Какво не е наред</translation>
    </message>
    <message>
        <source>Kept as written: please check</source>
        <translation>Запазено както е написано: моля, проверете</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Проверете всеки ред</translation>
    </message>
    <message>
        <source> Read as %1, cells split at %2.</source>
        <translation> Прочетено като %1, клетките са разделени с %2.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табулации</translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation>Редове: %1, колони: %2.</translation>
    </message>
    <message>
        <source>Choose what each column holds; the header guessed most of them.</source>
        <translation>Изберете какво съдържа всяка колона; заглавният ред подсказа повечето.</translation>
    </message>
    <message>
        <source>Will be read as</source>
        <translation>Ще се прочете като</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не се импортира —</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Четене на редовете…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Row %1 of %2…</source>
        <translation>Ред %1 от %2…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импортирането е отменено, във файла нищо не е променено.</translation>
    </message>
    <message>
        <source>No backup could be made before importing: %1</source>
        <translation>Преди импортирането не можа да се направи резервно копие: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>За създаване: %1, за обновяване: %2, без промяна: %3, отхвърлени: %4.</translation>
    </message>
    <message>
        <source>The rejected rows are listed below: correct them in the file and import it again, or import the good rows now and nothing of the rejected ones.</source>
        <translation>Отхвърлените редове са изброени по-долу: поправете ги във файла и го импортирайте отново или импортирайте сега добрите редове без нищо от отхвърлените.</translation>
    </message>
    <message>
        <source>Import the %1 good rows</source>
        <translation>Импортиране на добрите редове (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Kept as written but not verified: %n (listed below).</source>
        <translation>
            <numerusform>Запазен както е написан, без проверка: %n (вижте по-долу).</numerusform>
            <numerusform>Запазени както са написани, без проверка: %n (вижте по-долу).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) not listed here.</source>
        <translation>
            <numerusform>Още %n съобщение не е показано тук.</numerusform>
            <numerusform>Още %n съобщения не са показани тук.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports</source>
        <translation>Импортирания</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Създадени</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновени</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Отмяна на това импортиране</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Повторно импортиране</translation>
    </message>
    <message>
        <source>Undoing an import removes the customers it created and puts back those it changed, except customers changed since.</source>
        <translation>Отмяната на импортиране премахва създадените от него клиенти и връща предишния вид на променените, освен на клиентите, променени след това.</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (отменено)</translation>
    </message>
    <message>
        <source>Nothing has been imported into this file yet.</source>
        <translation>В този файл все още нищо не е импортирано.</translation>
    </message>
    <message>
        <source>No backup could be made first: %1</source>
        <translation>Първо не можа да се направи резервно копие: %1</translation>
    </message>
    <message>
        <source>Import undone: %1 removed, %2 put back as they were.</source>
        <translation>Импортирането е отменено: премахнати %1, върнати в предишния вид %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left as they are now, changed since the import: %n.</source>
        <translation>
            <numerusform>Оставен в сегашния вид, защото е променен след импортирането: %n.</numerusform>
            <numerusform>Оставени в сегашния вид, защото са променени след импортирането: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows of the file are rejected now, so nothing was imported. Open it with File → Import from a file… to see which and why.</source>
        <translation>Някои редове от файла сега се отхвърлят, затова нищо не е импортирано. Отворете го чрез Файл → Импортиране от файл…, за да видите кои и защо.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Family and friends</source>
        <translation>Семейство и приятели</translation>
    </message>
    <message>
        <source>The other customer is their…</source>
        <translation>Другият клиент спрямо този е…</translation>
    </message>
    <message>
        <source>This customer is the other&apos;s…</source>
        <translation>Този клиент спрямо другия е…</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Family and friends</source>
        <translation>Семейство и приятели</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавяне…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <source>is %1 of %2</source>
        <translation>е %1 на %2</translation>
    </message>
    <message>
        <source>%2 is their %1</source>
        <translation>%2 е %1 на клиента</translation>
    </message>
    <message>
        <source>A customer cannot be related to themselves.</source>
        <translation>Клиент не може да бъде свързан със самия себе си.</translation>
    </message>
</context>
<context>
    <name>LoyaltyBox</name>
    <message>
        <source>Loyalty</source>
        <translation>Лоялност</translation>
    </message>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Корекция…</translation>
    </message>
    <message>
        <source>Issue coupon…</source>
        <translation>Издаване на купон…</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>Издаване на карта</translation>
    </message>
    <message>
        <source>Set up discount levels…</source>
        <translation>Настройте нивата на отстъпки…</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>Следваща покупка</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Лична отстъпка</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Купони</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Re-issue (lost)</source>
        <translation>Преиздаване (изгубена)</translation>
    </message>
    <message>
        <source>Card %1 issued.</source>
        <translation>Картата %1 е издадена.</translation>
    </message>
    <message>
        <source>Issue a coupon</source>
        <translation>Издаване на купон</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Отстъпка, %</translation>
    </message>
    <message>
        <source>Coupon %1 issued, valid until %2.</source>
        <translation>Купонът %1 е издаден, валиден до %2.</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Корекция на точките</translation>
    </message>
    <message>
        <source>Points to add (negative to take off)</source>
        <translation>Точки за добавяне (отрицателно число за отнемане)</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Причина?</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <source>Mailing</source>
        <translation>Разпращане</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Поща</translation>
    </message>
    <message>
        <source>SMS list</source>
        <translation>Списък за SMS</translation>
    </message>
    <message>
        <source>Check recipients</source>
        <translation>Проверка на получателите</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Чрез</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Will get it</source>
        <translation>Ще получат</translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation>Пропуснати и защо</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Съобщение до клиента</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Изпращане</translation>
    </message>
    <message>
        <source>Write .eml files…</source>
        <translation>Записване на .eml файлове…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Експортиране на списъка…</translation>
    </message>
    <message>
        <source>Check the recipients first.</source>
        <translation>Първо проверете получателите.</translation>
    </message>
    <message>
        <source>%1 will get it; %2 left out (only customers who agreed to this channel, with an address for it).</source>
        <translation>Ще получат: %1; пропуснати: %2 (само клиенти, които са дали съгласие за този канал и имат адрес за него).</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n изпратено</numerusform>
            <numerusform>%n изпратени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропуснато</numerusform>
            <numerusform>%n пропуснати</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n неуспешно</numerusform>
            <numerusform>%n неуспешни</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n още неизпратено</numerusform>
            <numerusform>%n още неизпратени</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Папка за .eml файловете</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n писмо е записано в %1</numerusform>
            <numerusform>%n писма са записани в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1</source>
        <translation>
            <numerusform>%n получател е записан в %1</numerusform>
            <numerusform>%n получатели са записани в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Експортиране на списъка</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulars — %1</source>
        <translation>Regulars — %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>Sale recorded</source>
        <translation>Продажбата е записана</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>платено %1</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 точки</translation>
    </message>
    <message>
        <source>now at level %1</source>
        <translation>вече на ниво %1</translation>
    </message>
    <message>
        <source>coupon %1 for the next purchase</source>
        <translation>купон %1 за следващата покупка</translation>
    </message>
    <message>
        <source>. Undo with Ctrl+Z.</source>
        <translation>. Отмяна с Ctrl+Z.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Примерни данни</translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation>За Regulars</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regulars %1&lt;/h3&gt;&lt;p&gt;The customer file for people who live off repeat buyers.&lt;/p&gt;&lt;p&gt;Customer file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars %1&lt;/h3&gt;&lt;p&gt;Клиентският файл за хората, които живеят от редовните си купувачи.&lt;/p&gt;&lt;p&gt;Клиентски файл: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MenusMixin</name>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Нов клиент</translation>
    </message>
    <message>
        <source>Record a &amp;sale</source>
        <translation>Нова &amp;продажба</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Отваряне на картата</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Добавяне на &amp;етикет…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Премахване на етикет…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Възлагане на…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивиране</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Възстановяване</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Окончателно изтриване…</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Показване на архива</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторение</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Търсене на клиент</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенти</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чат…</translation>
    </message>
    <message>
        <source>&amp;Mailing…</source>
        <translation>&amp;Разпращане…</translation>
    </message>
    <message>
        <source>Unsubscribe from e-mail</source>
        <translation>Отписване от имейл разпращанията</translation>
    </message>
    <message>
        <source>Forget this customer…</source>
        <translation>Забравяне на клиента…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Търсене на &amp;дубликати…</translation>
    </message>
    <message>
        <source>Make a task for them…</source>
        <translation>Създаване на задача за тях…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Колони</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>&amp;За Regulars</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Из&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импортиране от файл…</translation>
    </message>
    <message>
        <source>Import from the &amp;clipboard…</source>
        <translation>Импортиране от &amp;клипборда…</translation>
    </message>
    <message>
        <source>Im&amp;ports: undo or import again…</source>
        <translation>&amp;Журнал на импортирането: отмяна или повторение…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортиране…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation>Обединяване на двама клиенти</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Този да остане</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Обединяване</translation>
    </message>
    <message>
        <source>Purchases, history, contacts, addresses, dates, cards and tags of both are kept on the merged customer.</source>
        <translation>Покупките, историята, контактите, адресите, датите, картите и етикетите на двамата се запазват в обединения клиент.</translation>
    </message>
</context>
<context>
    <name>PagesMixin</name>
    <message>
        <source>Dashboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Днес (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do today: see the Today page (Ctrl+3)</source>
        <translation>
            <numerusform>За днес има %n задача: вижте страницата „Днес“ (Ctrl+3)</numerusform>
            <numerusform>За днес има %n задачи: вижте страницата „Днес“ (Ctrl+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Bought in %1</source>
        <translation>Купили през %1</translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation>RFM: %1</translation>
    </message>
    <message>
        <source>ABC-XYZ: %1</source>
        <translation>ABC-XYZ: %1</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Писма</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Пликове</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Адресни етикети</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Карти за лоялност</translation>
    </message>
    <message>
        <source>The selected customers (%1)</source>
        <translation>Избраните клиенти (%1)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Всички</translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation>Днешните напомняния</translation>
    </message>
    <message>
        <source>A segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Cards not printed yet</source>
        <translation>Още неотпечатани карти</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Редактиране на шаблона…</translation>
    </message>
    <message>
        <source>Note each letter in the customer&apos;s history</source>
        <translation>Отбелязване на всяко писмо в историята на клиента</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Your own grid…</source>
        <translation>Собствена мрежа…</translation>
    </message>
    <message>
        <source>Page, columns×rows, label width×height, left and top margin (mm); optionally the pitch across and down</source>
        <translation>Страница, колони×редове, ширина×височина на етикета, ляво и горно поле (мм); по избор стъпка хоризонтално и вертикално</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Мрежа</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Начало от етикет</translation>
    </message>
    <message>
        <source>One card per page (card printer)</source>
        <translation>По една карта на страница (принтер за карти)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR код</translation>
    </message>
    <message>
        <source>Issue a card to customers who have none</source>
        <translation>Издаване на карта на клиентите, които нямат</translation>
    </message>
    <message>
        <source>The cards are issued when you press Preview, so that their numbers show; they count as printed once you print or save them</source>
        <translation>Картите се издават при натискане на „Преглед“, за да се виждат номерата им; смятат се за отпечатани, след като ги отпечатате или запазите</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Хартия</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>За кого</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печат…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Запазване като PDF…</translation>
    </message>
    <message>
        <source>Press Preview to see the pages</source>
        <translation>Натиснете „Преглед“, за да видите страниците</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) issued.</source>
        <translation>
            <numerusform>Издадена е %n нова карта.</numerusform>
            <numerusform>Издадени са %n нови карти.</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и още %1</translation>
    </message>
    <message>
        <source>Left out (%1): %2%3 — %4</source>
        <translation>Пропуснати (%1): %2%3 — %4</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 %4</source>
        <translation>Страница %1 от %2 · %3 %4</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Запазване като PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Запазено в %1</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Принтерът не е готов.</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Отстъпка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>What was bought</source>
        <translation>Какво е купено</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Отстъпка</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>Добавяне на покупка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>Изтриване на покупката</translation>
    </message>
    <message>
        <source>Ladder: %1</source>
        <translation>Стъпало: %1</translation>
    </message>
    <message>
        <source>LTV %1</source>
        <translation>LTV %1</translation>
    </message>
    <message>
        <source>RFM: %1 (R%2 F%3 M%4)</source>
        <translation>RFM: %1 (R%2 F%3 M%4)</translation>
    </message>
    <message>
        <source>ABC-XYZ: %1</source>
        <translation>ABC-XYZ: %1</translation>
    </message>
    <message>
        <source>too few purchases</source>
        <translation>твърде малко покупки</translation>
    </message>
    <message>
        <source>dormant: time to wake them up</source>
        <translation>неактивен: време е за реактивиране</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) · total %2 %4 · average %3 %4</source>
        <translation>
            <numerusform>%n покупка · общо %2 %4 · средна сметка %3 %4</numerusform>
            <numerusform>%n покупки · общо %2 %4 · средна сметка %3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase deleted. Undo with Ctrl+Z.</source>
        <translation>Покупката е изтрита. Отмяна с Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecordSaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation>Записване на продажба</translation>
    </message>
    <message>
        <source>New customer (not in the file yet)</source>
        <translation>Нов клиент (още не е във файла)</translation>
    </message>
    <message>
        <source>Family Given [Patronymic]</source>
        <translation>Фамилия Име [Презиме]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>по избор</translation>
    </message>
    <message>
        <source>if they brought one</source>
        <translation>ако клиентът носи такъв</translation>
    </message>
    <message>
        <source> points</source>
        <translation> точки</translation>
    </message>
    <message>
        <source>Amount before discount</source>
        <translation>Сума преди отстъпката</translation>
    </message>
    <message>
        <source>Set up discount levels…</source>
        <translation>Настройте нивата на отстъпки…</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Отстъпка</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Плащане с точки</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Записване на продажбата</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>New customers start without a discount.</source>
        <translation>Новите клиенти започват без отстъпка.</translation>
    </message>
    <message>
        <source> → to pay %1</source>
        <translation> → за плащане %1</translation>
    </message>
    <message>
        <source>Choose the customer first (or tick New customer).</source>
        <translation>Първо изберете клиента (или отметнете „Нов клиент“).</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Ladder steps</source>
        <translation>Стъпала</translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation>RFM групи</translation>
    </message>
    <message>
        <source>ABC-XYZ cells</source>
        <translation>Клетки ABC-XYZ</translation>
    </message>
    <message>
        <source>Any of the tags</source>
        <translation>Някой от етикетите</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Интерес към</translation>
    </message>
    <message>
        <source>silver, roses…</source>
        <translation>сребро, рози…</translation>
    </message>
    <message>
        <source>Last purchase from</source>
        <translation>Последна покупка от</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Last purchase before</source>
        <translation>Последна покупка преди</translation>
    </message>
    <message>
        <source>Spent at least</source>
        <translation>Похарчени поне</translation>
    </message>
    <message>
        <source>Spent at most</source>
        <translation>Похарчени най-много</translation>
    </message>
    <message>
        <source>Purchases at least</source>
        <translation>Покупки поне</translation>
    </message>
    <message>
        <source>Purchases at most</source>
        <translation>Покупки най-много</translation>
    </message>
    <message>
        <source>Birthday in month</source>
        <translation>Рожден ден през месец</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Град</translation>
    </message>
    <message>
        <source>any</source>
        <translation>без значение</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Съгласие за</translation>
    </message>
    <message>
        <source>Has an e-mail address</source>
        <translation>Има имейл адрес</translation>
    </message>
    <message>
        <source>Has a postal address</source>
        <translation>Има пощенски адрес</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиенти</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лоялност</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напомняния</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Писма</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Име на фирмата</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Валута (ISO код)</translation>
    </message>
    <message>
        <source>Country (phone numbers without a code)</source>
        <translation>Държава (за телефонни номера без код)</translation>
    </message>
    <message>
        <source>Margin, % of the check (for LTV)</source>
        <translation>Марж, % от покупката (за LTV)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Отстъпка %</translation>
    </message>
    <message>
        <source>From purchase no.</source>
        <translation>От покупка №</translation>
    </message>
    <message>
        <source>or once spent</source>
        <translation>или след похарчени</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Добавяне на ниво</translation>
    </message>
    <message>
        <source>Use the maker&apos;s scheme</source>
        <translation>Използване на предложената схема</translation>
    </message>
    <message>
        <source>A small gift and a 20% coupon after the first purchase, then 10% on every purchase from the third</source>
        <translation>Малък подарък и купон за 20% след първата покупка, след това 10% на всяка покупка от третата нататък</translation>
    </message>
    <message>
        <source>Points per currency unit paid</source>
        <translation>Точки за всяка платена парична единица</translation>
    </message>
    <message>
        <source>0: no points</source>
        <translation>0: без точки</translation>
    </message>
    <message>
        <source>A point is worth</source>
        <translation>Една точка струва</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>Точките изтичат след (дни)</translation>
    </message>
    <message>
        <source>empty: never</source>
        <translation>празно: никога</translation>
    </message>
    <message>
        <source>Coupon after the first purchase, %</source>
        <translation>Купон след първата покупка, %</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>празно: няма</translation>
    </message>
    <message>
        <source>…valid for (days)</source>
        <translation>…валиден (дни)</translation>
    </message>
    <message>
        <source>Gift with the first purchase</source>
        <translation>Подарък с първата покупка</translation>
    </message>
    <message>
        <source>A client from purchase no.</source>
        <translation>Клиент от покупка №</translation>
    </message>
    <message>
        <source>A regular from purchase no.</source>
        <translation>Редовен клиент от покупка №</translation>
    </message>
    <message>
        <source>Event buyer: last of 1–2 purchases over (days)</source>
        <translation>Купувач по повод: последната от 1–2 покупки е преди повече от (дни)</translation>
    </message>
    <message>
        <source>ABC cut-offs, % of revenue (A / B)</source>
        <translation>Граници за ABC, % от приходите (A / B)</translation>
    </message>
    <message>
        <source>XYZ cut-offs, variation of intervals (X / Y)</source>
        <translation>Граници за XYZ, вариация на интервалите (X / Y)</translation>
    </message>
    <message>
        <source>Purchases needed to judge regularity</source>
        <translation>Покупки, нужни за оценка на редовността</translation>
    </message>
    <message>
        <source>Dormant: silent over k × their usual interval, k =</source>
        <translation>Неактивен: без покупка над k × обичайния му интервал, k =</translation>
    </message>
    <message>
        <source>Dormant one-time buyers: silent over (days)</source>
        <translation>Неактивни еднократни купувачи: без покупка над (дни)</translation>
    </message>
    <message>
        <source>CRR: a customer counts if they bought within (days)</source>
        <translation>CRR: клиентът се брои, ако е купувал в рамките на (дни)</translation>
    </message>
    <message>
        <source>The defaults follow the trade literature on repeat customers; the dashboard explains each figure.</source>
        <translation>Стойностите по подразбиране са от литературата за постоянните клиенти; на таблото всяка цифра има обяснение.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напомняне</translation>
    </message>
    <message>
        <source>Days before/after</source>
        <translation>Дни преди/след</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Показван текст</translation>
    </message>
    <message>
        <source>Empty: the standard words, in the window&apos;s language. Your own words can include: %1</source>
        <translation>Празно — стандартният текст на езика на програмата. Във вашия текст може да вмъкнете: %1</translation>
    </message>
    <message>
        <source>nothing to fill in</source>
        <translation>тук няма какво да се попълва</translation>
    </message>
    <message>
        <source>Keep overdue reminders for (days)</source>
        <translation>Просрочените напомняния се пазят (дни)</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>жена</translation>
    </message>
    <message>
        <source>man</source>
        <translation>мъж</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Placeholders: {first_name} {patronymic} {last_name}</source>
        <translation>Заместители: {first_name} {patronymic} {last_name}</translation>
    </message>
    <message>
        <source>none (a server on this computer)</source>
        <translation>няма (сървър на този компютър)</translation>
    </message>
    <message>
        <source>kept in the system keyring, not in the file</source>
        <translation>пази се в системния ключодържател, не във файла</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Пощенски сървър</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Сигурност</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Потребителско име</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Парола</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Изпращане като</translation>
    </message>
    <message>
        <source>At most, per minute</source>
        <translation>Най-много на минута</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Редовен клиент</translation>
    </message>
    <message>
        <source>Small gift with the first purchase (not something we sell)</source>
        <translation>Малък подарък с първата покупка (нещо, което не продаваме)</translation>
    </message>
    <message>
        <source>Reminder “%1”</source>
        <translation>Напомняне „%1“</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Letter template</source>
        <translation>Шаблон за писмо</translation>
    </message>
    <message>
        <source>First line: the heading. Placeholders: %1</source>
        <translation>Първият ред е заглавието. Заместители: %1</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>what is this?</source>
        <translation>какво е това?</translation>
    </message>
</context>
</TS>
