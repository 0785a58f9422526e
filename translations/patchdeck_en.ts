<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pmp::actions::ConfirmationRule</name>
    <message numerus="yes">
        <source>This action reaches %n targets.</source>
        <translation>
            <numerusform>This action reaches %n target.</numerusform>
            <numerusform>This action reaches %n targets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::actions::CustomGroupDirectory</name>
    <message numerus="yes">
        <source>%n computer group(s) from the query report “%1”, as of %2.</source>
        <translation>
            <numerusform>%n computer group from the query report “%1”, as of %2.</numerusform>
            <numerusform>%n computer groups from the query report “%1”, as of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation>
            <numerusform>Remove %1 from Patch Manager Plus; it will no longer be managed</numerusform>
            <numerusform>Remove %1 from Patch Manager Plus; they will no longer be managed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::CreateApdTaskRequest</name>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n remote office</numerusform>
            <numerusform>%n remote offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n custom group</numerusform>
            <numerusform>%n custom groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeclinePatchesRequest</name>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n patch</numerusform>
            <numerusform>%n patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n custom group</numerusform>
            <numerusform>%n custom groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::InstallPatchesRequest</name>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n custom group</numerusform>
            <numerusform>%n custom groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n IP address</numerusform>
            <numerusform>%n IP addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n remote office</numerusform>
            <numerusform>%n remote offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n patch</numerusform>
            <numerusform>%n patches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::LegacyDeclineRequest</name>
    <message numerus="yes">
        <source>Decline %n patch(es) for all computers (legacy endpoint)</source>
        <translation>
            <numerusform>Decline %n patch for all computers (legacy endpoint)</numerusform>
            <numerusform>Decline %n patches for all computers (legacy endpoint)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::PatchApprovalRequest</name>
    <message numerus="yes">
        <source>Approve %n patch(es) for all computers</source>
        <translation>
            <numerusform>Approve %n patch for all computers</numerusform>
            <numerusform>Approve %n patches for all computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es) for all computers</source>
        <translation>
            <numerusform>Unapprove %n patch for all computers</numerusform>
            <numerusform>Unapprove %n patches for all computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::RequestRules</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names that was cut short</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanComputersRequest</name>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::UninstallPatchesRequest</name>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n patch</numerusform>
            <numerusform>%n patches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::auth::BrowserSignIn</name>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again; if the browser did not open, copy the link into it yourself.</source>
        <translation>
            <numerusform>The browser did not come back within %n minute. Start the sign-in again; if the browser did not open, copy the link into it yourself.</numerusform>
            <numerusform>The browser did not come back within %n minutes. Start the sign-in again; if the browser did not open, copy the link into it yourself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::models::Nouns</name>
    <message numerus="yes">
        <source>%Ln computer(s)</source>
        <translation>
            <numerusform>%Ln computer</numerusform>
            <numerusform>%Ln computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln remote office(s)</source>
        <translation>
            <numerusform>%Ln remote office</numerusform>
            <numerusform>%Ln remote offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln system</numerusform>
            <numerusform>%Ln systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch(es)</source>
        <translation>
            <numerusform>%Ln patch</numerusform>
            <numerusform>%Ln patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch status(es)</source>
        <translation>
            <numerusform>%Ln patch status</numerusform>
            <numerusform>%Ln patch statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(-ies)</source>
        <translation>
            <numerusform>%Ln policy</numerusform>
            <numerusform>%Ln policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln configuration</numerusform>
            <numerusform>%Ln configurations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionCentre</name>
    <message numerus="yes">
        <source>Install the %n selected patch(es) on the selected computers…</source>
        <translation>
            <numerusform>Install the %n selected patch on the selected computers…</numerusform>
            <numerusform>Install the %n selected patches on the selected computers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es)…</source>
        <translation>
            <numerusform>Install the %n selected patch…</numerusform>
            <numerusform>Install the %n selected patches…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es)</source>
        <translation>
            <numerusform>Approve %n patch</numerusform>
            <numerusform>Approve %n patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es)</source>
        <translation>
            <numerusform>Unapprove %n patch</numerusform>
            <numerusform>Unapprove %n patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es)…</source>
        <translation>
            <numerusform>Decline %n patch…</numerusform>
            <numerusform>Decline %n patches…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uninstall %n patch(es) from all computers…</source>
        <translation>
            <numerusform>Uninstall %n patch from all computers…</numerusform>
            <numerusform>Uninstall %n patches from all computers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install missing patches on %n computer(s)…</source>
        <translation>
            <numerusform>Install missing patches on %n computer…</numerusform>
            <numerusform>Install missing patches on %n computers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan %n computer(s) for missing patches</source>
        <translation>
            <numerusform>Scan %n computer for missing patches</numerusform>
            <numerusform>Scan %n computers for missing patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Install the agent on %n computer(s)</source>
        <translation>
            <numerusform>Install the agent on %n computer</numerusform>
            <numerusform>Install the agent on %n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uninstall the agent from %n computer(s)…</source>
        <translation>
            <numerusform>Uninstall the agent from %n computer…</numerusform>
            <numerusform>Uninstall the agent from %n computers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n computer(s) from Patch Manager Plus…</source>
        <translation>
            <numerusform>Remove %n computer from Patch Manager Plus…</numerusform>
            <numerusform>Remove %n computers from Patch Manager Plus…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::AgentSection</name>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTaskDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChangesBar</name>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed…</source>
        <translation>
            <numerusform>%Ln removed…</numerusform>
            <numerusform>%Ln removed…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::CheckList</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfigurationDetailPane</name>
    <message numerus="yes">
        <source>%1 — %2, %n target(s)</source>
        <translation>
            <numerusform>%1 — %2, %n target</numerusform>
            <numerusform>%1 — %2, %n targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::InstallPatchesDialog</name>
    <message numerus="yes">
        <source>The %n selected computer(s)</source>
        <translation>
            <numerusform>The %n selected computer</numerusform>
            <numerusform>The %n selected computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalView</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::MainWindow</name>
    <message numerus="yes">
        <source>The server asks PatchDeck to slow down: requests wait %n s before continuing.</source>
        <translation>
            <numerusform>The server asks PatchDeck to slow down: requests wait %n s before continuing.</numerusform>
            <numerusform>The server asks PatchDeck to slow down: requests wait %n s before continuing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::NetworkSettingsDialog</name>
    <message numerus="yes">
        <source>%n certificate(s):</source>
        <translation>
            <numerusform>%n certificate:</numerusform>
            <numerusform>%n certificates:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchDetailPane</name>
    <message numerus="yes">
        <source>Failed on %n computer(s), by error code</source>
        <translation>
            <numerusform>Failed on %n computer, by error code</numerusform>
            <numerusform>Failed on %n computers, by error code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::RecordListView</name>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>Exporting %Ln row to %1…</numerusform>
            <numerusform>Exporting %Ln rows to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::RemovedRowsDialog</name>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>The first %Ln are listed.</numerusform>
            <numerusform>The first %Ln are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDocument</name>
    <message numerus="yes">
        <source>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</source>
        <translation>
            <numerusform>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</numerusform>
            <numerusform>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantsOverview</name>
    <message numerus="yes">
        <source>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</source>
        <translation>
            <numerusform>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</numerusform>
            <numerusform>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %n tenant(s) to go…</source>
        <translation>
            <numerusform>Refreshing: %n tenant to go…</numerusform>
            <numerusform>Refreshing: %n tenants to go…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendPanel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
