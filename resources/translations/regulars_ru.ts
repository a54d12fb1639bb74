<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>Regulars ran into an unexpected error:

%1

Your customer file was not changed by the failed action. The details were written to the log:
%2</source>
        <translation>В программе Regulars произошла непредвиденная ошибка:

%1

Файл клиентов не изменён: действие не было выполнено. Подробности записаны в журнал:
%2</translation>
    </message>
    <message>
        <source>There is no customer file at %1.</source>
        <translation>Файла клиентов %1 нет.</translation>
    </message>
    <message>
        <source>Create a new customer file</source>
        <translation>Создать новый файл клиентов</translation>
    </message>
    <message>
        <source>Cannot open the customer file</source>
        <translation>Не удаётся открыть файл клиентов</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>The customer file %1 is missing. A restore that did not finish kept the previous file aside as %2.

Put it back? Nothing is deleted.</source>
        <translation>Файл клиентов %1 не найден. Восстановление из копии не завершилось, а прежний файл сохранён рядом под именем %2.

Вернуть его на место? Ничего не будет удалено.</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Вернуть на место</translation>
    </message>
    <message>
        <source>Open or create a customer file</source>
        <translation>Открыть или создать файл клиентов</translation>
    </message>
    <message>
        <source>Customer files (*.regulars *.db);;All files (*)</source>
        <translation>Файлы клиентов (*.regulars *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Ступень лестницы</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation>%1 (по случаю)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Mac Cyrillic</source>
        <translation>Mac (кириллица)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Таблицы и контакты (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import customers or purchases</source>
        <translation>Импорт клиентов или покупок</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Именины</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>Годовщина свадьбы</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Окончание срока паспорта</translation>
    </message>
    <message>
        <source>Child&apos;s birthday</source>
        <translation>День рождения ребёнка</translation>
    </message>
    <message>
        <source>Founding day</source>
        <translation>День основания</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Заграничный паспорт</translation>
    </message>
    <message>
        <source>Domestic passport</source>
        <translation>Внутренний паспорт</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>брат/сестра</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>друг</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>коллега</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>по рекомендации</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачена</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачена</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>Предзаказ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation>Причина ухода</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Forgot about us</source>
        <translation>Забыли о нас</translation>
    </message>
    <message>
        <source>Needed a new offer</source>
        <translation>Не хватило нового предложения</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation>Приверженец</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>письменно (бланк)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>по телефону</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>по e-mail</translation>
    </message>
    <message>
        <source>website</source>
        <translation>на сайте</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>После покупки</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>Следующая покупка</translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation>Разбудить</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>С возвращением</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Истекает срок</translation>
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
        <translation>Вручение</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <source>Name days and other dates</source>
        <translation>Именины и другие даты</translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation>Годовщина первой покупки</translation>
    </message>
    <message>
        <source>Follow-up after a purchase</source>
        <translation>Связаться после покупки</translation>
    </message>
    <message>
        <source>Towards the 2nd purchase</source>
        <translation>Ко 2-й покупке</translation>
    </message>
    <message>
        <source>Towards the 3rd purchase</source>
        <translation>К 3-й покупке</translation>
    </message>
    <message>
        <source>Wake up the dormant</source>
        <translation>Разбудить спящих</translation>
    </message>
    <message>
        <source>Back from a trip</source>
        <translation>Возвращение из поездки</translation>
    </message>
    <message>
        <source>Coupon about to expire</source>
        <translation>Скоро истекает купон</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>Скоро сгорят баллы</translation>
    </message>
    <message>
        <source>Card to hand over</source>
        <translation>Вручить карту</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>В спячке</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <source>Event buyers</source>
        <translation>Покупатели по случаю</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>From purchase no.</source>
        <translation>С покупки №</translation>
    </message>
    <message>
        <source>From a spend of</source>
        <translation>При сумме покупок от</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Личная скидка</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard 3.0 for address books (*.vcf)</source>
        <translation>vCard 3.0 для адресных книг (*.vcf)</translation>
    </message>
    <message>
        <source>Everything, as JSON (*.json)</source>
        <translation>Всё, в формате JSON (*.json)</translation>
    </message>
    <message>
        <source>Birthdays and dates for a calendar (*.ics)</source>
        <translation>Дни рождения и даты для календаря (*.ics)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic / middle name</source>
        <translation>Отчество / второе имя</translation>
    </message>
    <message>
        <source>Full name, family name first (split)</source>
        <translation>ФИО, сначала фамилия (разделить)</translation>
    </message>
    <message>
        <source>Full name, given name first (split)</source>
        <translation>ФИО, сначала имя (разделить)</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Фамилия латиницей</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Name as the address book shows it (when there is no other)</source>
        <translation>Имя, как в адресной книге (если другого нет)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Name prefix (Mrs, Dr…)</source>
        <translation>Обращение перед именем (г-жа, д-р…)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Месяц рождения</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>День рождения (число)</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <source>A child&apos;s birthday</source>
        <translation>День рождения ребёнка</translation>
    </message>
    <message>
        <source>Founding day (a company&apos;s)</source>
        <translation>День основания (компании)</translation>
    </message>
    <message>
        <source>Another date to remember</source>
        <translation>Другая памятная дата</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Телефон (мобильный)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Телефон (домашний)</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Телефон (рабочий)</translation>
    </message>
    <message>
        <source>Label of the phone in the next column</source>
        <translation>Пометка к телефону в следующем столбце</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-mail (домашний)</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-mail (рабочий)</translation>
    </message>
    <message>
        <source>Label of the e-mail in the next column</source>
        <translation>Пометка к e-mail в следующем столбце</translation>
    </message>
    <message>
        <source>Messenger or social profile</source>
        <translation>Мессенджер или профиль в соцсети</translation>
    </message>
    <message>
        <source>Label of the address in the next columns</source>
        <translation>Пометка к адресу в следующих столбцах</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation>Адрес, вторая строка</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Регион / область</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Address as a vCard writes it</source>
        <translation>Адрес в формате vCard</translation>
    </message>
    <message>
        <source>Home address as a vCard writes it</source>
        <translation>Домашний адрес в формате vCard</translation>
    </message>
    <message>
        <source>Work address as a vCard writes it</source>
        <translation>Рабочий адрес в формате vCard</translation>
    </message>
    <message>
        <source>Photo (base64)</source>
        <translation>Фото (base64)</translation>
    </message>
    <message>
        <source>Which phone, e-mail and address come first (TEL:…, EMAIL:…, ADR:…)</source>
        <translation>Какие телефон, e-mail и адрес основные (TEL:…, EMAIL:…, ADR:…)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>Откуда пришёл клиент</translation>
    </message>
    <message>
        <source>Id in the other program</source>
        <translation>ID в другой программе</translation>
    </message>
    <message>
        <source>Agrees to e-mail (yes/no)</source>
        <translation>Согласие на рассылку по e-mail (да/нет)</translation>
    </message>
    <message>
        <source>Agrees to SMS (yes/no)</source>
        <translation>Согласие на SMS (да/нет)</translation>
    </message>
    <message>
        <source>Agrees to post (yes/no)</source>
        <translation>Согласие на почтовую рассылку (да/нет)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что куплено</translation>
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
        <translation>Клиент: ID в другой программе</translation>
    </message>
    <message>
        <source>Customer: e-mail</source>
        <translation>Клиент: e-mail</translation>
    </message>
    <message>
        <source>Customer: phone</source>
        <translation>Клиент: телефон</translation>
    </message>
    <message>
        <source>Customer: card number</source>
        <translation>Клиент: номер карты</translation>
    </message>
    <message>
        <source>Customer: name</source>
        <translation>Клиент: имя</translation>
    </message>
    <message>
        <source>Birthday: call and congratulate</source>
        <translation>День рождения: позвонить и поздравить</translation>
    </message>
    <message>
        <source>Passport expires {date}: time to renew</source>
        <translation>Паспорт истекает {date}: пора менять</translation>
    </message>
    <message>
        <source>Years since the first purchase: {years}</source>
        <translation>Лет с первой покупки: {years}</translation>
    </message>
    <message>
        <source>How do they like it? Ask what they liked and what they did not</source>
        <translation>Как покупка? Спросить, что понравилось, а что нет</translation>
    </message>
    <message>
        <source>Bought once: invite them back for the second purchase</source>
        <translation>Одна покупка: пригласить за второй</translation>
    </message>
    <message>
        <source>Bought twice: the third purchase is where loyalty starts</source>
        <translation>Две покупки: с третьей начинается постоянство</translation>
    </message>
    <message>
        <source>Slipping away: invite them back (and ask why they left)</source>
        <translation>Уходит: пригласить снова (и спросить, почему перестал покупать)</translation>
    </message>
    <message>
        <source>Back from the trip: welcome back, how was it?</source>
        <translation>Вернулись из поездки: с возвращением, как всё прошло?</translation>
    </message>
    <message>
        <source>Coupon {code} expires {date}</source>
        <translation>Купон {code} истекает {date}</translation>
    </message>
    <message>
        <source>{points} points expire {date}</source>
        <translation>Баллы ({points}) сгорают {date}</translation>
    </message>
    <message>
        <source>Loyalty card {number} to hand over</source>
        <translation>Выдать карту постоянного покупателя {number}</translation>
    </message>
    <message>
        <source> (turns {age})</source>
        <translation> (исполняется {age})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» — не дата</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>нет согласия</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <source>e-mail address not verified</source>
        <translation>адрес почты не проверен</translation>
    </message>
    <message>
        <source>number not verified</source>
        <translation>номер не проверен</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>нет адреса почты</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>нет номера телефона</translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation>нет почтового адреса</translation>
    </message>
    <message>
        <source>the letter cannot be written: {why}</source>
        <translation>письмо не составить: {why}</translation>
    </message>
    <message>
        <source>already sent</source>
        <translation>уже отправлено</translation>
    </message>
    <message>
        <source>no longer in the file</source>
        <translation>больше нет в картотеке</translation>
    </message>
    <message>
        <source>no active loyalty card</source>
        <translation>нет действующей карты</translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation>нет такого покупателя</translation>
    </message>
    <message>
        <source>no discount: no discount levels are set up yet</source>
        <translation>без скидки: уровни скидок ещё не настроены</translation>
    </message>
    <message>
        <source>no discount</source>
        <translation>без скидки</translation>
    </message>
    <message>
        <source>{percent}: {level}, from purchase no. {n}</source>
        <translation>{percent}: «{level}» с {n}-й покупки</translation>
    </message>
    <message>
        <source>{percent}: {level}, spent over {amount}</source>
        <translation>{percent}: «{level}», покупок больше чем на {amount}</translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation>−{amount}</translation>
    </message>
    <message>
        <source>{what}: coupon {code}, valid until {day}</source>
        <translation>{what}: купон {code}, действует до {day}</translation>
    </message>
    <message>
        <source>{what}: coupon {code}</source>
        <translation>{what}: купон {code}</translation>
    </message>
    <message>
        <source>{percent}: personal discount</source>
        <translation>{percent}: личная скидка</translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About</source>
        <translation>О клиенте</translation>
    </message>
    <message>
        <source>Comma-separated: VIP, fair…</source>
        <translation>Через запятую: VIP, ярмарка…</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>Как узнал о нас</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Buys only from us (adherent)</source>
        <translation>Покупает только у нас (приверженец)</translation>
    </message>
    <message>
        <source>Recommends us (advocate)</source>
        <translation>Рекомендует нас (адвокат)</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>Our share of what they spend in our category</source>
        <translation>Наша доля в расходах клиента на товары нашей категории</translation>
    </message>
    <message>
        <source>Family, life events to ask about, what they like and do not like…</source>
        <translation>Семья, события в жизни, о которых стоит спросить, что нравится и что нет…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>По рекомендации</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Доля кошелька</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Add a staff member…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Who recommended us to them?</source>
        <translation>Кто порекомендовал нас этому клиенту?</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> дн. вперёд</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Экспорт календаря…</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Ответственный:</translation>
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
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>До завтра</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>На неделю</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>До даты…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source> (snoozed from %1)</source>
        <translation> (отложено с %1)</translation>
    </message>
    <message>
        <source>%1 to do today (overdue included), %2 in all</source>
        <translation>На сегодня: %1 (с просроченными), всего: %2</translation>
    </message>
    <message>
        <source> — showing the first %1: choose whose or which kind to narrow it</source>
        <translation> — показаны первые %1: выберите сотрудника или вид, чтобы сузить список</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: выполнено %2 из %3</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Отложить до завтра</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Отложить на неделю</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>A note for the history (optional):</source>
        <translation>Заметка для истории (необязательно):</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Отложить до</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>Записано событий: %1 — %2</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation>Пока нет данных</translation>
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
        <translation>Добавить метку</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n customer(s):</source>
        <translation>
            <numerusform>Метка для %n клиента:</numerusform>
            <numerusform>Метка для %n клиентов:</numerusform>
            <numerusform>Метка для %n клиентов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Удалить метку</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Какую метку удалить:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить ответственного</translation>
    </message>
    <message>
        <source>Who looks after them?</source>
        <translation>Ответственный сотрудник:</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>Забыть клиента</translation>
    </message>
    <message>
        <source>Remove everything personal about %1 — names, contacts, addresses, dates, notes, history, cards — for good?

Their purchases stay, without a name, so the statistics stay right. This cannot be undone.</source>
        <translation>Удалить навсегда все личные данные клиента %1 — имена, контакты, адреса, даты, заметки, историю, карты?

Покупки останутся, но без имени, чтобы статистика оставалась верной. Отменить это действие нельзя.</translation>
    </message>
    <message>
        <source>The customer was forgotten.</source>
        <translation>Личные данные клиента удалены.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed from e-mail. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n клиент отписан от рассылки по e-mail. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n клиента отписаны от рассылки по e-mail. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n клиентов отписаны от рассылки по e-mail. Отменить: Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) archived. Undo with Ctrl+Z, or restore them from the archive.</source>
        <translation>
            <numerusform>%n клиент перемещён в архив. Отменить: Ctrl+Z, или восстановите его из архива.</numerusform>
            <numerusform>%n клиента перемещены в архив. Отменить: Ctrl+Z, или восстановите их из архива.</numerusform>
            <numerusform>%n клиентов перемещены в архив. Отменить: Ctrl+Z, или восстановите их из архива.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 for good, with %2, %3 and %4?

This cannot be undone.</source>
        <translation>Удалить навсегда %1, а с ними %2, %3 и %4?

Это нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n покупателя</numerusform>
            <numerusform>%n покупателей</numerusform>
            <numerusform>%n покупателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n покупка</numerusform>
            <numerusform>%n покупки</numerusform>
            <numerusform>%n покупок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries</source>
        <translation>
            <numerusform>%n запись истории</numerusform>
            <numerusform>%n записи истории</numerusform>
            <numerusform>%n записей истории</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
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
        <translation>Пометка</translation>
    </message>
    <message>
        <source>mobile, work…</source>
        <translation>мобильный, рабочий…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Phones, e-mails, messengers</source>
        <translation>Телефоны, e-mail, мессенджеры</translation>
    </message>
    <message>
        <source>DD.MM.YYYY, or DD.MM without the year</source>
        <translation>ДД.ММ.ГГГГ или ДД.ММ без года</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Добавить дату</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Birthday and other dates</source>
        <translation>День рождения и другие даты</translation>
    </message>
    <message>
        <source>Street, house</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region, state</source>
        <translation>Регион, область</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>if not the customer</source>
        <translation>если не сам клиент</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Почтовые адреса</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Travel documents (never payment cards)</source>
        <translation>Документы для поездок (банковские карты здесь не хранить)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>size, metal, favourite drink…</source>
        <translation>размер, металл, любимый напиток…</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Предпочтение</translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation>Добавить предпочтение</translation>
    </message>
    <message>
        <source>Tastes and preferences</source>
        <translation>Вкусы и предпочтения</translation>
    </message>
    <message>
        <source>Kept as written, not verified: %1</source>
        <translation>Сохранено как введено, не проверено: %1</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>May we contact them? (consent)</source>
        <translation>Можно ли связываться с клиентом? (согласие)</translation>
    </message>
    <message>
        <source>Agreed how</source>
        <translation>Как получено согласие</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>согласие получено %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>согласие отозвано %1</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Карточка</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation>Сохранить карточку (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic / middle name</source>
        <translation>Отчество / второе имя</translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation>Как в паспорте</translation>
    </message>
    <message>
        <source>Fill from Cyrillic</source>
        <translation>Заполнить по кириллице</translation>
    </message>
    <message>
        <source>Passport spelling (ICAO Doc 9303)</source>
        <translation>Написание как в паспорте (ICAO Doc 9303)</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Как к нему обращаться по-домашнему</translation>
    </message>
    <message>
        <source>How to address them</source>
        <translation>Как обращаться</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Latin family</source>
        <translation>Фамилия латиницей</translation>
    </message>
    <message>
        <source>Latin given</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>New customer: fill in at least a name, then Save.</source>
        <translation>Новый клиент: укажите хотя бы имя и нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>In the file since %1</source>
        <translation>В базе с %1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation>Сначала исправьте ошибки, отмеченные красным</translation>
    </message>
    <message>
        <source>Already in the file with this phone or e-mail: %1. Open it instead?</source>
        <translation>В базе уже есть клиент с этим телефоном или e-mail: %1. Открыть его карточку?</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) named %2 already: %1. Open one?</source>
        <translation>
            <numerusform>Уже есть %n клиент с именем %2: %1. Открыть его карточку?</numerusform>
            <numerusform>Уже есть %n клиента с именем %2: %1. Открыть одну из карточек?</numerusform>
            <numerusform>Уже есть %n клиентов с именем %2: %1. Открыть одну из карточек?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red.</source>
        <translation>Не сохранено: исправьте ошибки, отмеченные красным.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в карточке %1?</translation>
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
        <translation>Поиск по имени, телефону, e-mail…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Try Regulars with 300 demo customers</source>
        <translation>Попробовать Regulars на 300 демо-клиентах</translation>
    </message>
    <message>
        <source>%1 of %2 archived</source>
        <translation>В архиве: %1 из %2</translation>
    </message>
    <message>
        <source>%2 archived</source>
        <translation>В архиве: %2</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>Клиентов: %1 из %2</translation>
    </message>
    <message>
        <source>%2 customers</source>
        <translation>Клиентов: %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your customer file is empty&lt;/h2&gt;&lt;p&gt;Add your first customer, or try Regulars with demo customers first (you can start a fresh file later).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Файл клиентов пуст&lt;/h2&gt;&lt;p&gt;Добавьте первого клиента или сначала попробуйте Regulars на демо-клиентах (новый файл можно будет начать позже).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The archive is empty&lt;/h3&gt;&lt;p&gt;Archived customers wait here until restored or deleted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Архив пуст&lt;/h3&gt;&lt;p&gt;Клиенты, перемещённые в архив, хранятся здесь, пока их не восстановят или не удалят.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer matches “%1”&lt;/h3&gt;&lt;p&gt;Try part of the surname, the last digits of the phone, or the e-mail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Нет клиентов по запросу «%1»&lt;/h3&gt;&lt;p&gt;Попробуйте часть фамилии, последние цифры телефона или e-mail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer matches these filters&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Нет клиентов, подходящих под эти фильтры&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation>Назад к клиентам</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Сегмент: %1</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” saved: %n customer(s)</source>
        <translation>
            <numerusform>Сегмент «%1» сохранён: %n покупатель</numerusform>
            <numerusform>Сегмент «%1» сохранён: %n покупателя</numerusform>
            <numerusform>Сегмент «%1» сохранён: %n покупателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or card number</source>
        <translation>Имя, телефон или номер карты</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Никого не найдено по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es); type more to narrow down.</source>
        <translation>
            <numerusform>Ещё совпадений: %n — уточните запрос.</numerusform>
            <numerusform>Ещё совпадений: %n — уточните запрос.</numerusform>
            <numerusform>Ещё совпадений: %n — уточните запрос.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Top 20 % bring</source>
        <translation>Топ-20 % приносят</translation>
    </message>
    <message>
        <source>Event buyers</source>
        <translation>Покупатели по случаю</translation>
    </message>
    <message>
        <source>Customers per ladder step</source>
        <translation>Клиенты по ступеням лестницы</translation>
    </message>
    <message>
        <source>Revenue: new and returning customers</source>
        <translation>Выручка: новые и повторные клиенты</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>повторные</translation>
    </message>
    <message>
        <source>Retention (CRR) month by month</source>
        <translation>Удержание (CRR) по месяцам</translation>
    </message>
    <message>
        <source>Came back (repeat purchase rate)</source>
        <translation>Вернулись (доля повторных покупок)</translation>
    </message>
    <message>
        <source>Worth over a lifetime (LTV)</source>
        <translation>Ценность покупателя за всё время (LTV)</translation>
    </message>
    <message>
        <source>Customers kept (CRR)</source>
        <translation>Удержание покупателей (CRR)</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>Уходят</translation>
    </message>
    <message>
        <source>Who brings the money (ABC) and how regularly (XYZ)</source>
        <translation>Кто приносит выручку (ABC) и как регулярно (XYZ)</translation>
    </message>
    <message>
        <source>Groups by recency, frequency and spend (RFM)</source>
        <translation>Группы по давности, частоте и сумме покупок (RFM)</translation>
    </message>
    <message>
        <source>RFM: each customer scored 1–5 on how recently they bought (R), how often (F) and how much they spent (M), each against the others in the file; the groups follow from R and F.</source>
        <translation>RFM: каждому покупателю ставится оценка от 1 до 5 — как давно он покупал (R), как часто (F) и на какую сумму (M), в сравнении с остальными в картотеке; группы складываются из R и F.</translation>
    </message>
    <message>
        <source>Click a bar or a cell to list its customers.</source>
        <translation>Нажмите на столбец или ячейку, чтобы увидеть список клиентов.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Не удалось подсчитать: %1</translation>
    </message>
    <message>
        <source>%1 bought in the period</source>
        <translation>с покупками за период: %1</translation>
    </message>
    <message>
        <source>Everyone in the file (archived ones aside); the note counts those whose last purchase is recent enough to count them as customers at the end of the period.</source>
        <translation>Все в картотеке (кроме архивных); ниже — те, чья последняя покупка достаточно свежая, чтобы считать их покупателями на конец периода.</translation>
    </message>
    <message>
        <source>bought twice or more</source>
        <translation>купили два раза и более</translation>
    </message>
    <message>
        <source>The share of buyers who came back for a second purchase or more. The second and the third purchase are where a buyer becomes a regular: raise this first.</source>
        <translation>Доля покупателей, вернувшихся за второй покупкой и дальше. Именно на второй и третьей покупке покупатель становится постоянным: поднимайте эту цифру в первую очередь.</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>покупок: %1</translation>
    </message>
    <message>
        <source>The average purchase in the period: revenue ÷ purchases = %1 ÷ %2 = %3.</source>
        <translation>Средняя покупка за период: выручка ÷ число покупок = %1 ÷ %2 = %3.</translation>
    </message>
    <message>
        <source>margin %1 %, %2 months</source>
        <translation>маржа %1 %, %2 мес.</translation>
    </message>
    <message>
        <source>start %1, end %2, new %3</source>
        <translation>на начало: %1, на конец: %2, новых: %3</translation>
    </message>
    <message>
        <source>of the revenue</source>
        <translation>выручки</translation>
    </message>
    <message>
        <source>The fifth of the period&apos;s buyers who spent the most brought %1 of its revenue. The Pareto rule expects about 80 %: far below, the business rests on many small buyers; far above, on a few big ones.</source>
        <translation>Пятая часть покупателей периода, потративших больше всех, принесла %1 выручки. По правилу Парето ждут около 80 %: намного меньше — бизнес держится на многих небольших покупателях, намного больше — на нескольких крупных.</translation>
    </message>
    <message>
        <source>worth waking up</source>
        <translation>стоит разбудить</translation>
    </message>
    <message>
        <source>Silent %1 times longer than their own usual interval between purchases (one-time buyers: over %2 days): time to invite them back. Click to list them.</source>
        <translation>Молчат в %1 раза дольше своего обычного промежутка между покупками (купившие один раз — больше %2 дней): пора пригласить снова. Нажмите, чтобы увидеть список.</translation>
    </message>
    <message>
        <source>one or two purchases long ago</source>
        <translation>одна-две покупки, и давно</translation>
    </message>
    <message>
        <source>One or two purchases, the last over %1 days ago: bought for an occasion (a gift, a holiday) rather than as regulars. Click to list them.</source>
        <translation>Одна-две покупки, последняя больше %1 дней назад: покупали по случаю (подарок, праздник), а не как постоянные. Нажмите, чтобы увидеть список.</translation>
    </message>
    <message>
        <source>Why the month-by-month line is higher than the tile: each month is counted the same way, but over one month, in which few customers go silent, so it stays near 100 %. The tile counts the whole period, over which more are lost.</source>
        <translation>Почему помесячная линия выше плитки: каждый месяц считается так же, но за один месяц, а за месяц мало кто пропадает, поэтому она держится около 100 %. Плитка считает весь период, за который уходит больше покупателей.</translation>
    </message>
    <message>
        <source>%1: new %2, returning %3</source>
        <translation>%1: новые %2, повторные %3</translation>
    </message>
    <message>
        <source>%1 bought too seldom to judge their regularity</source>
        <translation>Слишком мало покупок для оценки регулярности: %1</translation>
    </message>
    <message>
        <source>Lifetime value: what an average customer brings you in margin over the time they stay a customer.
LTV = average check × purchases a month × margin × months a customer stays
= %1 × %2 × %3 % × %4 = %5</source>
        <translation>Пожизненная ценность: сколько наценки приносит средний покупатель за всё время, пока он покупает у вас.
LTV = средний чек × покупок в месяц × наценка × сколько месяцев покупатель остаётся
= %1 × %2 × %3 % × %4 = %5</translation>
    </message>
    <message>
        <source>Customer retention rate: of the customers you had at the start of the period, the share you still had at its end (new ones not counted). A customer counts while their last purchase is under %5 days old.
CRR = (at the end − new) ÷ at the start = (%1 − %2) ÷ %3 = %4</source>
        <translation>Коэффициент удержания: какая доля покупателей, бывших у вас в начале периода, осталась к его концу (новые не считаются). Покупатель считается, пока с его последней покупки прошло меньше %5 дней.
CRR = (в конце − новые) ÷ в начале = (%1 − %2) ÷ %3 = %4</translation>
    </message>
    <message>
        <source>ABC: customers by their share of the revenue. A bring the first %1 % of it, B the next up to %2 %, C the rest.
XYZ: how regular their purchases are (the variation of the intervals between them): X under %3, Y under %4, Z above — steady, uneven, by chance.
AX are the core of the business; CZ bought by chance.</source>
        <translation>ABC: покупатели по доле в выручке. A приносят первые %1 %, B — следующие до %2 %, C — остальное.
XYZ: насколько регулярно они покупают (разброс промежутков между покупками): X — меньше %3, Y — меньше %4, Z — больше: стабильно, неровно, случайно.
AX — ядро бизнеса; CZ купили случайно.</translation>
    </message>
</context>
<context>
    <name>DialogsMixin</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>calendar events</source>
        <translation>событий календаря</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>клиентов</translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation>Записано %2: %1 — %3</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>Сравнить и объединить…</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>похожее имя</translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s)</source>
        <translation>
            <numerusform>%n вероятный дубль</numerusform>
            <numerusform>%n вероятных дубля</numerusform>
            <numerusform>%n вероятных дублей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Birthday this month</source>
        <translation>День рождения в этом месяце</translation>
    </message>
    <message>
        <source>Has e-mail</source>
        <translation>Есть e-mail</translation>
    </message>
    <message>
        <source>Has address</source>
        <translation>Есть адрес</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Сохранить как сегмент…</translation>
    </message>
    <message>
        <source>Keep these filters under a name, for printing and mailings</source>
        <translation>Сохранить эти фильтры под названием — для печати и рассылок</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Chosen on the dashboard; click to show everyone</source>
        <translation>Выбрано на сводке; нажмите, чтобы показать всех</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Any ladder step</source>
        <translation>Любая ступень</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Nobody&apos;s</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Любое согласие</translation>
    </message>
    <message>
        <source>Agreed to: %1</source>
        <translation>Согласие: %1</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
</context>
<context>
    <name>GroupTaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Call about the autumn collection</source>
        <translation>Позвонить насчёт осенней коллекции</translation>
    </message>
    <message numerus="yes">
        <source>For %n customer(s)</source>
        <translation>
            <numerusform>Для %n клиента</numerusform>
            <numerusform>Для %n клиентов</numerusform>
            <numerusform>Для %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not tied to a customer</source>
        <translation>Без привязки к клиенту</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Shared between</source>
        <translation>Распределить между</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>What happened, what they liked and did not</source>
        <translation>Что произошло, что понравилось и что нет</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>For complaints and lost customers</source>
        <translation>Для жалоб и ушедших клиентов</translation>
    </message>
    <message>
        <source>Add to history</source>
        <translation>Добавить в историю</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
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
        <translation>Что</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Удалить запись</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>буфер обмена</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Remove invalid characters (control and zero-width characters, non-breaking spaces)</source>
        <translation>Удалить недопустимые символы (управляющие символы, символы нулевой ширины, неразрывные пробелы)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Kept as written: please check</source>
        <translation>Сохранено как есть: проверьте</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Проверить все строки</translation>
    </message>
    <message>
        <source> Read as %1, cells split at %2.</source>
        <translation> Кодировка: %1, разделитель ячеек: %2.</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation>Строк: %1, столбцов: %2.</translation>
    </message>
    <message>
        <source>Choose what each column holds; the header guessed most of them.</source>
        <translation>Укажите, что содержит каждый столбец; большинство определено по заголовку.</translation>
    </message>
    <message>
        <source>Will be read as</source>
        <translation>Будет прочитано как</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Чтение строк…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Row %1 of %2…</source>
        <translation>Строка %1 из %2…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён, в файле ничего не изменилось.</translation>
    </message>
    <message>
        <source>No backup could be made before importing: %1</source>
        <translation>Не удалось сделать резервную копию перед импортом: %1</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation>Будет создано: %1, обновлено: %2, без изменений: %3, отклонено: %4.</translation>
    </message>
    <message>
        <source>The rejected rows are listed below: correct them in the file and import it again, or import the good rows now and nothing of the rejected ones.</source>
        <translation>Отклонённые строки перечислены ниже: исправьте их в файле и импортируйте его снова — или импортируйте сейчас только правильные строки, без отклонённых.</translation>
    </message>
    <message>
        <source>Import the %1 good rows</source>
        <translation>Импортировать правильные строки (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Kept as written but not verified: %n (listed below).</source>
        <translation>
            <numerusform>Сохранено как есть, но не проверено: %n (см. список ниже).</numerusform>
            <numerusform>Сохранено как есть, но не проверено: %n (см. список ниже).</numerusform>
            <numerusform>Сохранено как есть, но не проверено: %n (см. список ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) not listed here.</source>
        <translation>
            <numerusform>Ещё %n сообщение здесь не показано.</numerusform>
            <numerusform>Ещё %n сообщения здесь не показаны.</numerusform>
            <numerusform>Ещё %n сообщений здесь не показано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Импортировать снова</translation>
    </message>
    <message>
        <source>Undoing an import removes the customers it created and puts back those it changed, except customers changed since.</source>
        <translation>При отмене импорта удаляются созданные им клиенты, а изменённые возвращаются к прежнему виду — кроме тех, кого изменили после импорта.</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (отменён)</translation>
    </message>
    <message>
        <source>Nothing has been imported into this file yet.</source>
        <translation>В этот файл ещё ничего не импортировали.</translation>
    </message>
    <message>
        <source>No backup could be made first: %1</source>
        <translation>Не удалось сначала сделать резервную копию: %1</translation>
    </message>
    <message>
        <source>Import undone: %1 removed, %2 put back as they were.</source>
        <translation>Импорт отменён: удалено %1, возвращено к прежнему виду %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left as they are now, changed since the import: %n.</source>
        <translation>
            <numerusform>Оставлены как есть (изменены после импорта): %n.</numerusform>
            <numerusform>Оставлены как есть (изменены после импорта): %n.</numerusform>
            <numerusform>Оставлены как есть (изменены после импорта): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows of the file are rejected now, so nothing was imported. Open it with File → Import from a file… to see which and why.</source>
        <translation>Часть строк файла теперь отклоняется, поэтому ничего не импортировано. Откройте файл через «Файл → Импорт из файла…», чтобы увидеть, какие строки и почему.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Family and friends</source>
        <translation>Родные и друзья</translation>
    </message>
    <message>
        <source>The other customer is their…</source>
        <translation>Другой клиент для этого —…</translation>
    </message>
    <message>
        <source>This customer is the other&apos;s…</source>
        <translation>Этот клиент для другого —…</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Family and friends</source>
        <translation>Родные и друзья</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>is %1 of %2</source>
        <translation>%1 для: %2</translation>
    </message>
    <message>
        <source>%2 is their %1</source>
        <translation>%2 — %1</translation>
    </message>
    <message>
        <source>A customer cannot be related to themselves.</source>
        <translation>Клиента нельзя связать с самим собой.</translation>
    </message>
</context>
<context>
    <name>LoyaltyBox</name>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Issue coupon…</source>
        <translation>Выдать купон…</translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation>Выдать карту</translation>
    </message>
    <message>
        <source>Set up discount levels…</source>
        <translation>Настроить уровни скидок…</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>Следующая покупка</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Персональная скидка</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Re-issue (lost)</source>
        <translation>Перевыпустить (утеряна)</translation>
    </message>
    <message>
        <source>Card %1 issued.</source>
        <translation>Карта %1 выдана.</translation>
    </message>
    <message>
        <source>Issue a coupon</source>
        <translation>Выдать купон</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Coupon %1 issued, valid until %2.</source>
        <translation>Купон %1 выдан, действует до %2.</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Начислить или списать баллы</translation>
    </message>
    <message>
        <source>Points to add (negative to take off)</source>
        <translation>Сколько баллов начислить (с минусом — списать)</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>SMS list</source>
        <translation>Список для SMS</translation>
    </message>
    <message>
        <source>Check recipients</source>
        <translation>Проверить получателей</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Will get it</source>
        <translation>Получат</translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation>Не получат, и почему</translation>
    </message>
    <message>
        <source>Their message</source>
        <translation>Сообщение клиенту</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Write .eml files…</source>
        <translation>Сохранить файлы .eml…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Check the recipients first.</source>
        <translation>Сначала проверьте получателей.</translation>
    </message>
    <message>
        <source>%1 will get it; %2 left out (only customers who agreed to this channel, with an address for it).</source>
        <translation>Получат: %1; исключены: %2 (только клиенты, давшие согласие на этот канал и имеющие для него адрес).</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n отправлено</numerusform>
            <numerusform>%n отправлено</numerusform>
            <numerusform>%n отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n не удалось</numerusform>
            <numerusform>%n не удалось</numerusform>
            <numerusform>%n не удалось</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n ещё не отправлено</numerusform>
            <numerusform>%n ещё не отправлено</numerusform>
            <numerusform>%n ещё не отправлено</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Папка для файлов .eml</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n письмо сохранено в %1</numerusform>
            <numerusform>%n письма сохранены в %1</numerusform>
            <numerusform>%n писем сохранено в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1</source>
        <translation>
            <numerusform>%n получатель записан в %1</numerusform>
            <numerusform>%n получателя записаны в %1</numerusform>
            <numerusform>%n получателей записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Экспорт списка</translation>
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
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Sale recorded</source>
        <translation>Продажа оформлена</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>оплачено %1</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>баллов: +%1</translation>
    </message>
    <message>
        <source>now at level %1</source>
        <translation>теперь уровень «%1»</translation>
    </message>
    <message>
        <source>coupon %1 for the next purchase</source>
        <translation>купон %1 на следующую покупку</translation>
    </message>
    <message>
        <source>. Undo with Ctrl+Z.</source>
        <translation>. Отменить: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation>О программе Regulars</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regulars %1&lt;/h3&gt;&lt;p&gt;The customer file for people who live off repeat buyers.&lt;/p&gt;&lt;p&gt;Customer file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regulars %1&lt;/h3&gt;&lt;p&gt;Картотека клиентов для тех, кто живёт постоянными покупателями.&lt;/p&gt;&lt;p&gt;Файл клиентов: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MenusMixin</name>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <source>Record a &amp;sale</source>
        <translation>Оформить &amp;продажу</translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Добавить &amp;метку…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Удалить метку…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Удалить навсегда…</translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Mailing…</source>
        <translation>&amp;Рассылка…</translation>
    </message>
    <message>
        <source>Unsubscribe from e-mail</source>
        <translation>Отписать от рассылки по e-mail</translation>
    </message>
    <message>
        <source>Forget this customer…</source>
        <translation>Забыть клиента…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубли…</translation>
    </message>
    <message>
        <source>Make a task for them…</source>
        <translation>Создать задачу…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation>&amp;О программе Regulars</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <source>Import from the &amp;clipboard…</source>
        <translation>Импорт из &amp;буфера обмена…</translation>
    </message>
    <message>
        <source>Im&amp;ports: undo or import again…</source>
        <translation>Импо&amp;рты: отменить или повторить…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
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
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Оставить эту карточку</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Purchases, history, contacts, addresses, dates, cards and tags of both are kept on the merged customer.</source>
        <translation>Покупки, история, контакты, адреса, даты, карты и метки обоих клиентов сохраняются в объединённой карточке.</translation>
    </message>
</context>
<context>
    <name>PagesMixin</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Сегодня (%1)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do today: see the Today page (Ctrl+3)</source>
        <translation>
            <numerusform>На сегодня %n дело: см. страницу «Сегодня» (Ctrl+3)</numerusform>
            <numerusform>На сегодня %n дела: см. страницу «Сегодня» (Ctrl+3)</numerusform>
            <numerusform>На сегодня %n дел: см. страницу «Сегодня» (Ctrl+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Regulars</translation>
    </message>
    <message>
        <source>Bought in %1</source>
        <translation>Покупки в %1</translation>
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
        <translation>Печать</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Конверты</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Адресные наклейки</translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation>Карты лояльности</translation>
    </message>
    <message>
        <source>The selected customers (%1)</source>
        <translation>Выбранные клиенты (%1)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation>Напоминания на сегодня</translation>
    </message>
    <message>
        <source>A segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <source>Cards not printed yet</source>
        <translation>Ещё не напечатанные карты</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Изменить шаблон…</translation>
    </message>
    <message>
        <source>Note each letter in the customer&apos;s history</source>
        <translation>Отмечать каждое письмо в истории клиента</translation>
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
        <translation>Своя сетка…</translation>
    </message>
    <message>
        <source>Page, columns×rows, label width×height, left and top margin (mm); optionally the pitch across and down</source>
        <translation>Страница, столбцы×строки, ширина×высота наклейки, левое и верхнее поле (мм); при необходимости — шаг по горизонтали и по вертикали</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Начать с наклейки</translation>
    </message>
    <message>
        <source>One card per page (card printer)</source>
        <translation>Одна карта на страницу (принтер для карт)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <source>Issue a card to customers who have none</source>
        <translation>Выдать карты клиентам, у которых их нет</translation>
    </message>
    <message>
        <source>The cards are issued when you press Preview, so that their numbers show; they count as printed once you print or save them</source>
        <translation>Карты выдаются при нажатии «Предпросмотр», чтобы были видны их номера; напечатанными они считаются после печати или сохранения</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Press Preview to see the pages</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть страницы</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) issued.</source>
        <translation>
            <numerusform>Выдана %n новая карта.</numerusform>
            <numerusform>Выдано %n новые карты.</numerusform>
            <numerusform>Выдано %n новых карт.</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>Left out (%1): %2%3 — %4</source>
        <translation>Пропущено (%1): %2%3 — %4</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 %4</source>
        <translation>Страница %1 из %2 · %3 %4</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Принтер не готов.</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что куплено</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <source>What was bought</source>
        <translation>Что куплено</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>Добавить покупку</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>Удалить покупку</translation>
    </message>
    <message>
        <source>Ladder: %1</source>
        <translation>Ступень: %1</translation>
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
        <translation>слишком мало покупок</translation>
    </message>
    <message>
        <source>dormant: time to wake them up</source>
        <translation>спящий: пора напомнить о себе</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) · total %2 %4 · average %3 %4</source>
        <translation>
            <numerusform>%n покупка · всего %2 %4 · средний чек %3 %4</numerusform>
            <numerusform>%n покупки · всего %2 %4 · средний чек %3 %4</numerusform>
            <numerusform>%n покупок · всего %2 %4 · средний чек %3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase deleted. Undo with Ctrl+Z.</source>
        <translation>Покупка удалена. Отменить: Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecordSaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation>Оформить продажу</translation>
    </message>
    <message>
        <source>New customer (not in the file yet)</source>
        <translation>Новый клиент (ещё нет в базе)</translation>
    </message>
    <message>
        <source>Family Given [Patronymic]</source>
        <translation>Фамилия Имя [Отчество]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>if they brought one</source>
        <translation>если клиент принёс купон</translation>
    </message>
    <message>
        <source> points</source>
        <translation> баллов</translation>
    </message>
    <message>
        <source>Amount before discount</source>
        <translation>Сумма без скидки</translation>
    </message>
    <message>
        <source>Set up discount levels…</source>
        <translation>Настроить уровни скидок…</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что куплено</translation>
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
        <translation>Оплатить баллами</translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation>Оформить продажу</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>New customers start without a discount.</source>
        <translation>Новым клиентам скидка не предоставляется.</translation>
    </message>
    <message>
        <source> → to pay %1</source>
        <translation> → к оплате %1</translation>
    </message>
    <message>
        <source>Choose the customer first (or tick New customer).</source>
        <translation>Сначала выберите клиента (или отметьте «Новый клиент»).</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Ladder steps</source>
        <translation>Ступени лестницы</translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation>Группы RFM</translation>
    </message>
    <message>
        <source>ABC-XYZ cells</source>
        <translation>Ячейки ABC-XYZ</translation>
    </message>
    <message>
        <source>Any of the tags</source>
        <translation>Любая из меток</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>Интересуется</translation>
    </message>
    <message>
        <source>silver, roses…</source>
        <translation>серебро, розы…</translation>
    </message>
    <message>
        <source>Last purchase from</source>
        <translation>Последняя покупка с</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Last purchase before</source>
        <translation>Последняя покупка до</translation>
    </message>
    <message>
        <source>Spent at least</source>
        <translation>Сумма покупок не меньше</translation>
    </message>
    <message>
        <source>Spent at most</source>
        <translation>Сумма покупок не больше</translation>
    </message>
    <message>
        <source>Purchases at least</source>
        <translation>Покупок не меньше</translation>
    </message>
    <message>
        <source>Purchases at most</source>
        <translation>Покупок не больше</translation>
    </message>
    <message>
        <source>Birthday in month</source>
        <translation>День рождения в месяце</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>Согласие на</translation>
    </message>
    <message>
        <source>Has an e-mail address</source>
        <translation>Есть адрес e-mail</translation>
    </message>
    <message>
        <source>Has a postal address</source>
        <translation>Есть почтовый адрес</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n покупатель</numerusform>
            <numerusform>%n покупателя</numerusform>
            <numerusform>%n покупателей</numerusform>
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
        <translation>Организация</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Лояльность</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation>Валюта (код ISO)</translation>
    </message>
    <message>
        <source>Country (phone numbers without a code)</source>
        <translation>Страна (для номеров без кода страны)</translation>
    </message>
    <message>
        <source>Margin, % of the check (for LTV)</source>
        <translation>Маржа, % от чека (для LTV)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>From purchase no.</source>
        <translation>С покупки №</translation>
    </message>
    <message>
        <source>or once spent</source>
        <translation>или при сумме покупок от</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <source>Use the maker&apos;s scheme</source>
        <translation>Применить рекомендуемую схему</translation>
    </message>
    <message>
        <source>A small gift and a 20% coupon after the first purchase, then 10% on every purchase from the third</source>
        <translation>Небольшой подарок и купон на 20% после первой покупки, затем 10% на каждую покупку, начиная с третьей</translation>
    </message>
    <message>
        <source>Points per currency unit paid</source>
        <translation>Баллов за единицу валюты оплаты</translation>
    </message>
    <message>
        <source>0: no points</source>
        <translation>0 — без баллов</translation>
    </message>
    <message>
        <source>A point is worth</source>
        <translation>Стоимость одного балла</translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation>Баллы сгорают через (дней)</translation>
    </message>
    <message>
        <source>empty: never</source>
        <translation>пусто — никогда</translation>
    </message>
    <message>
        <source>Coupon after the first purchase, %</source>
        <translation>Купон после первой покупки, %</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>пусто — без купона</translation>
    </message>
    <message>
        <source>…valid for (days)</source>
        <translation>…действует (дней)</translation>
    </message>
    <message>
        <source>Gift with the first purchase</source>
        <translation>Подарок к первой покупке</translation>
    </message>
    <message>
        <source>A client from purchase no.</source>
        <translation>«Клиент» — с покупки №</translation>
    </message>
    <message>
        <source>A regular from purchase no.</source>
        <translation>«Постоянный» — с покупки №</translation>
    </message>
    <message>
        <source>Event buyer: last of 1–2 purchases over (days)</source>
        <translation>Покупатель по случаю: 1–2 покупки, последняя — более (дней) назад</translation>
    </message>
    <message>
        <source>ABC cut-offs, % of revenue (A / B)</source>
        <translation>Границы ABC, % выручки (A / B)</translation>
    </message>
    <message>
        <source>XYZ cut-offs, variation of intervals (X / Y)</source>
        <translation>Границы XYZ, вариация интервалов (X / Y)</translation>
    </message>
    <message>
        <source>Purchases needed to judge regularity</source>
        <translation>Покупок для оценки регулярности</translation>
    </message>
    <message>
        <source>Dormant: silent over k × their usual interval, k =</source>
        <translation>Спящий: молчит дольше k × обычный интервал, k =</translation>
    </message>
    <message>
        <source>Dormant one-time buyers: silent over (days)</source>
        <translation>Спящие разовые покупатели: молчат дольше (дней)</translation>
    </message>
    <message>
        <source>CRR: a customer counts if they bought within (days)</source>
        <translation>CRR: клиент учитывается, если покупал в течение (дней)</translation>
    </message>
    <message>
        <source>The defaults follow the trade literature on repeat customers; the dashboard explains each figure.</source>
        <translation>Значения по умолчанию взяты из литературы о постоянных покупателях; на панели показателей у каждой цифры есть пояснение.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Days before/after</source>
        <translation>Дней до/после</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Текст напоминания</translation>
    </message>
    <message>
        <source>Empty: the standard words, in the window&apos;s language. Your own words can include: %1</source>
        <translation>Пусто — стандартный текст на языке программы. В свой текст можно вставить: %1</translation>
    </message>
    <message>
        <source>nothing to fill in</source>
        <translation>здесь подставлять нечего</translation>
    </message>
    <message>
        <source>Keep overdue reminders for (days)</source>
        <translation>Хранить просроченные напоминания (дней)</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>женщина</translation>
    </message>
    <message>
        <source>man</source>
        <translation>мужчина</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>пол не указан</translation>
    </message>
    <message>
        <source>Placeholders: {first_name} {patronymic} {last_name}</source>
        <translation>Подстановки: {first_name} {patronymic} {last_name}</translation>
    </message>
    <message>
        <source>none (a server on this computer)</source>
        <translation>нет (сервер на этом компьютере)</translation>
    </message>
    <message>
        <source>kept in the system keyring, not in the file</source>
        <translation>хранится в системном хранилище паролей, а не в файле</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>At most, per minute</source>
        <translation>Не больше писем в минуту</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Постоянный</translation>
    </message>
    <message>
        <source>Small gift with the first purchase (not something we sell)</source>
        <translation>Небольшой подарок к первой покупке (не из ассортимента)</translation>
    </message>
    <message>
        <source>Reminder “%1”</source>
        <translation>Напоминание «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Letter template</source>
        <translation>Шаблон письма</translation>
    </message>
    <message>
        <source>First line: the heading. Placeholders: %1</source>
        <translation>Первая строка — заголовок. Подстановки: %1</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>what is this?</source>
        <translation>что это?</translation>
    </message>
</context>
</TS>
