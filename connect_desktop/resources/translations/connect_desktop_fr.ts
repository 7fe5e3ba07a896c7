<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive or restore the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Connect Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name} {version}&lt;/h3&gt;&lt;p&gt;Missions, activity reports, payments and invoices for freelancers on LittleBig Connection Connect missions. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;br&gt;Python {python}, {system}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No payment expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment: {amount} on {date} ({mission})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment: {amount} between {first} and {last} ({mission})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your Connect missions, fill your monthly activity reports and see what you will be paid, and when, under each payment option.
Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample holds five missions and 18 months of activity to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sample…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
