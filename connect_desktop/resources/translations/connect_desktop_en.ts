<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>DashboardTab</name>
    <message numerus="yes">
      <source>%n payment(s) expected</source>
      <translation>
        <numerusform>%n payment expected</numerusform>
        <numerusform>%n payments expected</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n invoice(s) past the payment date</source>
      <translation>
        <numerusform>%n invoice past the payment date</numerusform>
        <numerusform>%n invoices past the payment date</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n invoice(s) · average delay {delay}</source>
      <translation>
        <numerusform>%n invoice · average delay {delay}</numerusform>
        <numerusform>%n invoices · average delay {delay}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for the payment delay to start: %n invoice(s) ({amount}). Import the invoice, then record LBC Finance's validation.</source>
      <translation>
        <numerusform>Waiting for the payment delay to start: %n invoice ({amount}). Import the invoice, then record LBC Finance's validation.</numerusform>
        <numerusform>Waiting for the payment delay to start: %n invoices ({amount}). Import the invoice, then record LBC Finance's validation.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ExportMenu</name>
    <message numerus="yes">
      <source>%n line(s) exported to {file} (invoices and credit notes).</source>
      <translation>
        <numerusform>%n line exported to {file} (invoices and credit notes).</numerusform>
        <numerusform>%n lines exported to {file} (invoices and credit notes).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n expected payment(s) exported to {file}.</source>
      <translation>
        <numerusform>%n expected payment exported to {file}.</numerusform>
        <numerusform>%n expected payments exported to {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n PDF file(s) exported to {file}.</source>
      <translation>
        <numerusform>%n PDF file exported to {file}.</numerusform>
        <numerusform>%n PDF files exported to {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not found in the data folder, so left out: %n file(s)</source>
      <translation>
        <numerusform>Not found in the data folder, so left out: %n file</numerusform>
        <numerusform>Not found in the data folder, so left out: %n files</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OptionCostsPanel</name>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Fees paid in {year}: {fees} on %n payment(s).</source>
      <translation>
        <numerusform>Fees paid in {year}: {fees} on %n payment.</numerusform>
        <numerusform>Fees paid in {year}: {fees} on %n payments.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OverduePaymentsModel</name>
    <message numerus="yes">
      <source>%n day(s) late</source>
      <translation>
        <numerusform>%n day late</numerusform>
        <numerusform>%n days late</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReminderWording</name>
    <message numerus="yes">
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n activity report(s) to submit: {reports}</source>
      <translation>
        <numerusform>%n activity report to submit: {reports}</numerusform>
        <numerusform>%n activity reports to submit: {reports}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n invoice(s) to import ({amount} net): {missions}</source>
      <translation>
        <numerusform>%n invoice to import ({amount} net): {missions}</numerusform>
        <numerusform>%n invoices to import ({amount} net): {missions}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n payment(s) expected today: {amount} net ({missions})</source>
      <translation>
        <numerusform>%n payment expected today: {amount} net ({missions})</numerusform>
        <numerusform>%n payments expected today: {amount} net ({missions})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s) late</source>
      <translation>
        <numerusform>%n day late</numerusform>
        <numerusform>%n days late</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue payment(s): {amount} net, the oldest expected by {date} ({delay})</source>
      <translation>
        <numerusform>%n overdue payment: {amount} net, the oldest expected by {date} ({delay})</numerusform>
        <numerusform>%n overdue payments: {amount} net, the oldest expected by {date} ({delay})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UpcomingPaymentsModel</name>
    <message numerus="yes">
      <source>In %n day(s)</source>
      <translation>
        <numerusform>In %n day</numerusform>
        <numerusform>In %n days</numerusform>
      </translation>
    </message>
  </context>
</TS>