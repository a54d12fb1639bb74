<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars ran into an unexpected error:

%1

Your customer file was not changed by the failed action. The details were written to the log:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer file %1 is missing. A restore that did not finish kept the previous file aside as %2.

Put it back? Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer files (*.regulars *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers or purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot about us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed a new offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name days and other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary of the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after a purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards the 2nd purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towards the 3rd purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake up the dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from a trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From purchase no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a spend of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 for address books (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays and dates for a calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic / middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, family name first (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, given name first (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as the address book shows it (when there is no other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name prefix (Mrs, Dr…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding day (a company&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another date to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the phone in the next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the e-mail in the next column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger or social profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the address in the next columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address as a vCard writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address as a vCard writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address as a vCard writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which phone, e-mail and address come first (TEL:…, EMAIL:…, ADR:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id in the other program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to e-mail (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to SMS (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to post (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: id in the other program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: call and congratulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expires {date}: time to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years since the first purchase: {years}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do they like it? Ask what they liked and what they did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought once: invite them back for the second purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought twice: the third purchase is where loyalty starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipping away: invite them back (and ask why they left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from the trip: welcome back, how was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon {code} expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points expire {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty card {number} to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (turns {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter cannot be written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active loyalty card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no discount: no discount levels are set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}: {level}, from purchase no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}: {level}, spent over {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: coupon {code}, valid until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: coupon {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}: personal discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: VIP, fair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys only from us (adherent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommends us (advocate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our share of what they spend in our category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, life events to ask about, what they like and do not like…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who recommended us to them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (snoozed from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to do today (overdue included), %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — showing the first %1: choose whose or which kind to narrow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the history (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionsMixin</name>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n customer(s):</source>
        <translation>
            <numerusform>Tag for %n customer:</numerusform>
            <numerusform>Tag for %n customers:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looks after them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything personal about %1 — names, contacts, addresses, dates, notes, history, cards — for good?

Their purchases stay, without a name, so the statistics stay right. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) unsubscribed from e-mail. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n customer unsubscribed from e-mail. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n customers unsubscribed from e-mail. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) archived. Undo with Ctrl+Z, or restore them from the archive.</source>
        <translation>
            <numerusform>%n customer archived. Undo with Ctrl+Z, or restore them from the archive.</numerusform>
            <numerusform>%n customers archived. Undo with Ctrl+Z, or restore them from the archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 for good, with %2, %3 and %4?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s)</source>
        <translation>
            <numerusform>%n purchase</numerusform>
            <numerusform>%n purchases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTables</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile, work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, e-mails, messengers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY, or DD.MM without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday and other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street, house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if not the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel documents (never payment cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size, metal, favourite drink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tastes and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written, not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>May we contact them? (consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic / middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport spelling (ICAO Doc 9303)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to address them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer: fill in at least a name, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in red first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the file with this phone or e-mail: %1. Open it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) named %2 already: %1. Open one?</source>
        <translation>
            <numerusform>%n customer named %2 already: %1. Open one?</numerusform>
            <numerusform>%n customers named %2 already: %1. Open one?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: fix the problems shown in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListMixin</name>
    <message>
        <source>Search by name, phone, e-mail…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Regulars with 300 demo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your customer file is empty&lt;/h2&gt;&lt;p&gt;Add your first customer, or try Regulars with demo customers first (you can start a fresh file later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The archive is empty&lt;/h3&gt;&lt;p&gt;Archived customers wait here until restored or deleted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer matches “%1”&lt;/h3&gt;&lt;p&gt;Try part of the surname, the last digits of the phone, or the e-mail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No customer matches these filters&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” saved: %n customer(s)</source>
        <translation>
            <numerusform>Segment “%1” saved: %n customer</numerusform>
            <numerusform>Segment “%1” saved: %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es); type more to narrow down.</source>
        <translation>
            <numerusform>%n more match; type more to narrow down.</numerusform>
            <numerusform>%n more matches; type more to narrow down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 % bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per ladder step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue: new and returning customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (CRR) month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back (repeat purchase rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth over a lifetime (LTV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers kept (CRR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who brings the money (ABC) and how regularly (XYZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups by recency, frequency and spend (RFM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM: each customer scored 1–5 on how recently they bought (R), how often (F) and how much they spent (M), each against the others in the file; the groups follow from R and F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar or a cell to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the file (archived ones aside); the note counts those whose last purchase is recent enough to count them as customers at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought twice or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of buyers who came back for a second purchase or more. The second and the third purchase are where a buyer becomes a regular: raise this first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average purchase in the period: revenue ÷ purchases = %1 ÷ %2 = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin %1 %, %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1, end %2, new %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fifth of the period&apos;s buyers who spent the most brought %1 of its revenue. The Pareto rule expects about 80 %: far below, the business rests on many small buyers; far above, on a few big ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth waking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent %1 times longer than their own usual interval between purchases (one-time buyers: over %2 days): time to invite them back. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or two purchases long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two purchases, the last over %1 days ago: bought for an occasion (a gift, a holiday) rather than as regulars. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the month-by-month line is higher than the tile: each month is counted the same way, but over one month, in which few customers go silent, so it stays near 100 %. The tile counts the whole period, over which more are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new %2, returning %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought too seldom to judge their regularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value: what an average customer brings you in margin over the time they stay a customer.
LTV = average check × purchases a month × margin × months a customer stays
= %1 × %2 × %3 % × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer retention rate: of the customers you had at the start of the period, the share you still had at its end (new ones not counted). A customer counts while their last purchase is under %5 days old.
CRR = (at the end − new) ÷ at the start = (%1 − %2) ÷ %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC: customers by their share of the revenue. A bring the first %1 % of it, B the next up to %2 %, C the rest.
XYZ: how regular their purchases are (the variation of the intervals between them): X under %3, Y under %4, Z above — steady, uneven, by chance.
AX are the core of the business; CZ bought by chance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogsMixin</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 written to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n probable duplicate(s)</source>
        <translation>
            <numerusform>%n probable duplicate</numerusform>
            <numerusform>%n probable duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Birthday this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these filters under a name, for printing and mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen on the dashboard; click to show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any ladder step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call about the autumn collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n customer(s)</source>
        <translation>
            <numerusform>For %n customer</numerusform>
            <numerusform>For %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Not tied to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared between</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>What happened, what they liked and did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For complaints and lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invalid characters (control and zero-width characters, non-breaking spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Read as %1, cells split at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows and %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column holds; the header guessed most of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made before importing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows are listed below: correct them in the file and import it again, or import the good rows now and nothing of the rejected ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept as written but not verified: %n (listed below).</source>
        <translation>
            <numerusform>Kept as written but not verified: %n (listed below).</numerusform>
            <numerusform>Kept as written but not verified: %n (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) not listed here.</source>
        <translation>
            <numerusform>%n more message not listed here.</numerusform>
            <numerusform>%n more messages not listed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing an import removes the customers it created and puts back those it changed, except customers changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported into this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: %1 removed, %2 put back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left as they are now, changed since the import: %n.</source>
        <translation>
            <numerusform>Left as they are now, changed since the import: %n.</numerusform>
            <numerusform>Left as they are now, changed since the import: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows of the file are rejected now, so nothing was imported. Open it with File → Import from a file… to see which and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other customer is their…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is the other&apos;s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is their %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be related to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyBox</name>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up discount levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 issued, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to add (negative to take off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will get it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write .eml files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipients first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will get it; %2 left out (only customers who agreed to this channel, with an address for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n message written to %1</numerusform>
            <numerusform>%n messages written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to %1</source>
        <translation>
            <numerusform>%n recipient written to %1</numerusform>
            <numerusform>%n recipients written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regulars — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon %1 for the next purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regulars %1&lt;/h3&gt;&lt;p&gt;The customer file for people who live off repeat buyers.&lt;/p&gt;&lt;p&gt;Customer file: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenusMixin</name>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe from e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a task for them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the &amp;clipboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;ports: undo or import again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases, history, contacts, addresses, dates, cards and tags of both are kept on the merged customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagesMixin</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do today: see the Today page (Ctrl+3)</source>
        <translation>
            <numerusform>%n thing to do today: see the Today page (Ctrl+3)</numerusform>
            <numerusform>%n things to do today: see the Today page (Ctrl+3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC-XYZ: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note each letter in the customer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page, columns×rows, label width×height, left and top margin (mm); optionally the pitch across and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card per page (card printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a card to customers who have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards are issued when you press Preview, so that their numbers show; they count as printed once you print or save them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview to see the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) issued.</source>
        <translation>
            <numerusform>%n new card issued.</numerusform>
            <numerusform>%n new cards issued.</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (%1): %2%3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchasesTab</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM: %1 (R%2 F%3 M%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC-XYZ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dormant: time to wake them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s) · total %2 %4 · average %3 %4</source>
        <translation>
            <numerusform>%n purchase · total %2 %4 · average %3 %4</numerusform>
            <numerusform>%n purchases · total %2 %4 · average %3 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer (not in the file yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Given [Patronymic]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if they brought one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount before discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up discount levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers start without a discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → to pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first (or tick New customer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC-XYZ cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silver, roses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday in month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (phone numbers without a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin, % of the check (for LTV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From purchase no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or once spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the maker&apos;s scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small gift and a 20% coupon after the first purchase, then 10% on every purchase from the third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per currency unit paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point is worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon after the first purchase, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…valid for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift with the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client from purchase no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular from purchase no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event buyer: last of 1–2 purchases over (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC cut-offs, % of revenue (A / B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ cut-offs, variation of intervals (X / Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases needed to judge regularity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant: silent over k × their usual interval, k =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant one-time buyers: silent over (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRR: a customer counts if they bought within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The defaults follow the trade literature on repeat customers; the dashboard explains each figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before/after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the standard words, in the window&apos;s language. Your own words can include: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep overdue reminders for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {first_name} {patronymic} {last_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring, not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most, per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small gift with the first purchase (not something we sell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line: the heading. Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>what is this?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
