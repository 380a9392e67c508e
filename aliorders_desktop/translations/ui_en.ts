<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeNotifier</name>
    <message numerus="yes">
        <location filename="../ui/change_notice.py" line="+140"/>
        <source>%n new order(s) · %1</source>
        <translation>
            <numerusform>%n new order · %1</numerusform>
            <numerusform>%n new orders · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) settled · %1</source>
        <translation>
            <numerusform>%n order settled · %1</numerusform>
            <numerusform>%n orders settled · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) became Invalid · %1 lost</source>
        <translation>
            <numerusform>%n order became Invalid · %1 lost</numerusform>
            <numerusform>%n orders became Invalid · %1 lost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommissionChart</name>
    <message numerus="yes">
        <location filename="../ui/insights/chart.py" line="+128"/>
        <source>%Ln sub-order(s)</source>
        <translation>
            <numerusform>%Ln sub-order</numerusform>
            <numerusform>%Ln sub-orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message numerus="yes">
        <location filename="../ui/row_actions.py" line="+82"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln sub-order(s) of %1 from this computer?</source>
        <translation>
            <numerusform>Delete %Ln sub-order of %1 from this computer?</numerusform>
            <numerusform>Delete %Ln sub-orders of %1 from this computer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../ui/main_window/export_controller.py" line="+92"/>
        <source>Export %Ln filtered order(s)</source>
        <translation>
            <numerusform>Export %Ln filtered order</numerusform>
            <numerusform>Export %Ln filtered orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Exporting… %Ln row written</numerusform>
            <numerusform>Exporting… %Ln rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../ui/filter_bar.py" line="+554"/>
        <source>New in last sync (%n)</source>
        <translation>
            <numerusform>New in last sync (%n)</numerusform>
            <numerusform>New in last sync (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Settled in last sync (%n)</source>
        <translation>
            <numerusform>Settled in last sync (%n)</numerusform>
            <numerusform>Settled in last sync (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Invalid in last sync (%n)</source>
        <translation>
            <numerusform>Invalid in last sync (%n)</numerusform>
            <numerusform>Invalid in last sync (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Notified from last sync (%n)</source>
        <translation>
            <numerusform>Notified from last sync (%n)</numerusform>
            <numerusform>Notified from last sync (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed in last sync (%n)</source>
        <translation>
            <numerusform>Changed in last sync (%n)</numerusform>
            <numerusform>Changed in last sync (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message numerus="yes">
        <location filename="../ui/insights/headline.py" line="+173"/>
        <source>%Ln sub-order(s)</source>
        <translation>
            <numerusform>%Ln sub-order</numerusform>
            <numerusform>%Ln sub-orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln Invalid sub-order(s); they had been estimated to earn %1</source>
        <translation>
            <numerusform>%Ln Invalid sub-order; they had been estimated to earn %1</numerusform>
            <numerusform>%Ln Invalid sub-orders; they had been estimated to earn %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../ui/insights/view.py" line="+437"/>
        <source>%1 – %2 (the %Ln day(s) before)</source>
        <translation>
            <numerusform>%1 – %2 (the %Ln day before)</numerusform>
            <numerusform>%1 – %2 (the %Ln days before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source> — the %Ln that earn most</source>
        <translation>
            <numerusform> — the %Ln that earn most</numerusform>
            <numerusform> — the %Ln that earn most</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window/window.py" line="+356"/>
        <source>Deleted %Ln sub-order(s).</source>
        <translation>
            <numerusform>Deleted %Ln sub-order.</numerusform>
            <numerusform>Deleted %Ln sub-orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message numerus="yes">
        <location filename="../ui/order_details.py" line="+338"/>
        <source>Order %1 has %Ln product(s); each is its own row with its own status and commission.</source>
        <translation>
            <numerusform>Order %1 has %Ln product; each is its own row with its own status and commission.</numerusform>
            <numerusform>Order %1 has %Ln products; each is its own row with its own status and commission.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message numerus="yes">
        <location filename="../ui/orders_model.py" line="+181"/>
        <source>One checkout with %n products: each product is its own row (sub-order) with its own status and commission. Right-click → Show all sub-orders.</source>
        <translation>
            <numerusform>One checkout with %n products: each product is its own row (sub-order) with its own status and commission. Right-click → Show all sub-orders.</numerusform>
            <numerusform>One checkout with %n products: each product is its own row (sub-order) with its own status and commission. Right-click → Show all sub-orders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message numerus="yes">
        <location filename="../ui/main_window/row_menu.py" line="+64"/>
        <source>Delete %Ln sub-order(s)…</source>
        <translation>
            <numerusform>Delete %Ln sub-order…</numerusform>
            <numerusform>Delete %Ln sub-orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementController</name>
    <message numerus="yes">
        <location filename="../ui/main_window/statement_controller.py" line="+122"/>
        <source>Wrote the statement (%Ln settled order(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the statement (%Ln settled order) to %1.</numerusform>
            <numerusform>Wrote the statement (%Ln settled orders) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../ui/main_window/sync_controller.py" line="+168"/>
        <source>Syncing the %Ln never-synced stretch(es) of %1 – %2…</source>
        <translation>
            <numerusform>Syncing the %Ln never-synced stretch of %1 – %2…</numerusform>
            <numerusform>Syncing the %Ln never-synced stretches of %1 – %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Syncing %1 – %2, split into %Ln windows of at most 90 days…</source>
        <translation>
            <numerusform>Syncing %1 – %2, split into %Ln windows of at most 90 days…</numerusform>
            <numerusform>Syncing %1 – %2, split into %Ln windows of at most 90 days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the orders they cover may be missing or out of date (the rest of the range is current). Sync again later to fetch them.</source>
        <translation>
            <numerusform>Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the orders they cover may be missing or out of date (the rest of the range is current). Sync again later to fetch them.</numerusform>
            <numerusform>Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the orders they cover may be missing or out of date (the rest of the range is current). Sync again later to fetch them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced, but AliExpress sent %Ln value(s) that could not be read or stored: they were left empty, or their order was skipped. The next sync tries them again.</source>
        <translation>
            <numerusform>Synced, but AliExpress sent %Ln value that could not be read or stored: it was left empty, or its order was skipped. The next sync tries it again.</numerusform>
            <numerusform>Synced, but AliExpress sent %Ln values that could not be read or stored: they were left empty, or their order was skipped. The next sync tries them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message numerus="yes">
        <location filename="../ui/totals_bar.py" line="+140"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
        <location filename="../ui/main_window/status_bar.py" line="+72"/>
        <source>Synced %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Synced %1 (%n day ago)</numerusform>
            <numerusform>Synced %1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
</TS>
