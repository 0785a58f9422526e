<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Report id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical, %2 important, %3 moderate or %4 low missing patches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for ManageEngine Patch Manager Plus Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a simulated Patch Manager Plus server (no account or network needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of computers in the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this server URL with the token in PATCHDECK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server kind for --server: cloud or onprem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on this view (a view name of patchdeck export --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionNames</name>
    <message>
        <source>Install all missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install patches on chosen computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install patches on all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change automatic deployment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete automatic deployment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create automatic deployment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend automatic deployment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume automatic deployment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline patches (deprecated operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionOutcome</name>
    <message>
        <source>Deployment › Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Approval column of Patches › Applicable patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and health › Scan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet › Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Automatic Patch Deployment page of the Patch Manager Plus web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the server accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the server answered “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Follow the configuration in Deployment › Configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown — the connection was lost after the request was sent, so the server may or may not have carried it out. Check %1 before trying again. PatchDeck does not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionRunner</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission to make changes (%1) was not granted; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission to make changes was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action journal could not record this action, so it was not sent. Check that PatchDeck can write its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::ApdTaskBook</name>
    <message>
        <source>Enter the task&apos;s name exactly as the web console shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be saved in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::ConfirmationRule</name>
    <message>
        <source>Removed computers are no longer managed; bringing them back means reinstalling the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the agent these computers receive no patches and report nothing until it is reinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalling patches reopens the vulnerabilities they fixed, on every computer that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted task cannot be restored; it must be created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action cannot be undone from PatchDeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action reaches every managed computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This action reaches %n targets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::actions::CustomGroupDirectory</name>
    <message>
        <source>Looking for custom groups in the query reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer group(s) from the query report “%1”, as of %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A query report lists the custom groups, but without their ids. Add the resource_id column to it in the web console (Reports › Query Reports), then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query report lists custom groups with their ids. Create one in the web console (Reports › Query Reports) that selects the custom groups&apos; resource_id and name, then look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query reports could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::DeclineFallback</name>
    <message>
        <source>This server does not offer the current decline operation. The deprecated one (to be removed by the vendor in October 2026) can decline the same patches, but only for all computers and without reasons or remarks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::actions::RequestPreview</name>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Patch Manager Plus agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the Patch Manager Plus agent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskActionRequest</name>
    <message>
        <source>taskname is required: name the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete automatic deployment task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend automatic deployment task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume automatic deployment task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskSettings</name>
    <message>
        <source>%1 contains an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains a comma, which separates the names in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>definition updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS application selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party application selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure notification interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure report attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report notification interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not applicable to %2 tasks: %3 are not available on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one applicable update type must be selected for the chosen platform (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” but %3 is empty: name at least one application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure_notify_duration is %1 days; it must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report_notify_duration is %1 days; it must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachmentFormatForFailure “%1” is not one of xls, pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachmentFormatForReport “%1” is not one of xls, pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are on but no e-mail address is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taskName is required: name the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>templateName is required: choose the deployment policy the task uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform must be Windows, Mac or Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing target_type needs target_list as well: name the new targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_list is empty: choose at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delay must count from approval or from release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no way to clear a delay: set a delay after approval or after release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; a delay must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRY_TIME is not a valid date and time (MM/dd/yyyy, HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task expiry (%1) is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlineSettings.forceRebootOption must be 0 (disabled), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlineSettings.preferredDays is %1; with the deadline enabled it must be at least 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be all applications, Patch Specific Applications or Patch All Applications Except.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API has no documented value of %1 for all applications, so a task cannot be switched back to them: delete the task and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::CreateApdTaskRequest</name>
    <message>
        <source>Create automatic deployment task %1 for %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeclinePatchesRequest</name>
    <message>
        <source>Vendor-reported patch issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted Risk - Not Applicable to Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted Risk - Known Application Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted Risk - Managed by Alternative Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (Specify Below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not decline Linux patches: they are left out of this request automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches list is empty: select at least one patch to decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch %1 has id %2, which is not a numeric patch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch id %1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasonId is mandatory for patch id: %1. Choose why it is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasonId %1 for patch id %2 is not one of the reasons 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks are required for patch id %1: say why it is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for patch id %1 is “Other”: describe it in at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every selected patch is a Linux patch, and the server excludes Linux patches: nothing would be declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customGroupID is empty: choose at least one custom group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom group id “%1” is not numeric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom group id %1 is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Computer Groups cannot be selected with other Custom Groups: the All Computers Group already covers every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux patches are skipped by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeploymentOptions</name>
    <message>
        <source>deploy when the agents next contact the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force reboot within the deployment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force reboot outside the deployment window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::Filters</name>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Security Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-Party Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulletin ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVE IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapproved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 7 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to 15 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 to 30 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::I18nText</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalled successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent installed successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan completed successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (download failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch downloaded successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent installation failed: unknown credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::InstallPatchesRequest</name>
    <message>
        <source>Choose one target set: %1 and %2 cannot be sent together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing all missing patches needs a target set: one of ResourceIDs, resourceNames, customGroups, ipAddresses or remoteOffices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResourceIDs is empty: select at least one computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resourceNames is empty: select at least one computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customGroups is empty: select at least one custom group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipAddresses is empty: enter at least one IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ipAddresses: “%1” is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remoteOffices is empty: select at least one remote office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installaftertime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expirytime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time (%1) must be later than the install-after time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time (%1) is not in the future: the configuration would never apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlineTime is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline (%1) is more than one year ahead; at most one year is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchIDs is empty: select at least one patch (or choose to install all missing patches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isOnlyApproved applies only when installing all missing patches (without PatchIDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploymentType must be 0 (deploy only), 1 (Self Service Portal only) or 2 (both); %1 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forceRebootOption must be 0 (not configured), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noOfRetries must be between 1 and 10; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logonStartupMinRetry must be between 0 and 9; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshMinRetry must be between 0 and 9; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry count: logonStartupMinRetry + refreshMinRetry (%1 + %2) must equal noOfRetries (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all missing approved patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish in the Self Service Portal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also publish in the Self Service Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for every deployment type: choose a deployment policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::LegacyDeclineRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patches selected; the legacy decline takes at most %2 per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es) for all computers (legacy endpoint)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ListQuery</name>
    <message>
        <source>&quot;%1&quot; is not a filter of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a documented value of %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a report id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ModifyApdTaskRequest</name>
    <message>
        <source>taskname is required: name the task to modify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: set at least one setting of the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change automatic deployment task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::PagedFetch</name>
    <message>
        <source>Page %1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed its page size from %1 to %2 during the fetch; refresh to load a consistent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list changed on the server while loading: %1 items arrived but the server now reports %2. Refresh to load a consistent list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list keeps changing on the server (its total changed %1 times while loading); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports %1 items but served more on page %2: its totals cannot be trusted, so the list cannot be loaded completely. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports %1 items in pages of %2: more than PatchDeck loads in one list (%3 items, %4 requests). Narrow the list with a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered page %1 when asked for page %2: it does not page this list as documented, so the list cannot be loaded completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list did not end after %1 pages; the server&apos;s paging cannot be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned the same items for pages %1 and %2: it ignores the paging parameters, so the list cannot be loaded completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::PatchApprovalRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patchids is empty: select at least one patch to unapprove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es) for all computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es) for all computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::RequestRules</name>
    <message>
        <source>%1 is empty: select at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2, which is not a valid id (ids are positive numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists id %2 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an empty name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists “%2” more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names that was cut short</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>count phrase, then the names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a summary followed by one more of its clauses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ResponseParser</name>
    <message>
        <source>The server is throttling requests (it sent a &quot;%1&quot; page); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page (&quot;%1&quot;) where data was expected. A proxy or login page may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is a list where a single object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;message_response&quot;; it does not look like a %1 reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;%1&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is throttling requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is throttling requests; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: the token lacks the permission (scope) for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this operation (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off after %1 bytes (incomplete data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied by something between PatchDeck and the server (it sent a &quot;%1&quot; page): a proxy or firewall may need to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ResultParsers</name>
    <message>
        <source>The %1 reply is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report row %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanAllComputersRequest</name>
    <message>
        <source>Scan all computers for missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All computers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanComputersRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 for missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::Transport</name>
    <message>
        <source>Refusing to send credentials over unencrypted HTTP to %1; use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: the server may have carried it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s after sending: the action may or may not have happened. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost after sending: the action may or may not have happened. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was unreadable (%1): the action may or may not have happened. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB and was not read: the action may or may not have happened. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, far more than a page of this list can be; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1; PatchDeck does not send your sign-in to another address. Check the server address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request although the sign-in was just renewed: the account may not be allowed to do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::api::UninstallPatchesRequest</name>
    <message>
        <source>PatchIDs is empty: select at least one patch to uninstall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for an uninstall: choose a deployment policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall %1 from all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::auth::BrowserSignIn</name>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again; if the browser did not open, copy the link into it yourself.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in response arrived that does not belong to this attempt (state mismatch). It was ignored; still waiting for the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser, so PatchDeck is not signed in. To connect, sign in again and choose Accept on Zoho&apos;s consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho ended the sign-in with the error &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in named the accounts server %1, which is not a Zoho accounts server PatchDeck trusts. The code was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho issued no refresh token, so the session would end within an hour. Revoke PatchDeck&apos;s earlier access in your Zoho account (Connected Apps) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::CallbackRequest</name>
    <message>
        <source>not an HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GET request for a local path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state does not match this sign-in attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::DataCentre</name>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, so the redirect from the browser cannot be received. Close the program using it, or register another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in already completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received the sign-in. You can close this tab and return to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the access request, so %1 is not signed in. You can close this tab; %1 explains what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;. You can close this tab and return to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in %1 is waiting for (the state does not match), so it was ignored. Start the sign-in again from %1 if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was already completed. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the sign-in response for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::NetworkSettings</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::OAuthAuthenticator</name>
    <message>
        <source>The session of &quot;%1&quot; has ended: Zoho no longer accepts its sign-in (it was revoked, or the client changed). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho&apos;s limit on new access tokens is reached; PatchDeck will try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be renewed; PatchDeck will try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho allows %1 new access tokens per %2 minutes for one sign-in, and that limit is reached. PatchDeck will try again at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not renew the session with %1 (%2). PatchDeck will try again at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile signs in with a Self Client code, which cannot be extended from here. Generate a new code in the API console with these scopes added, and sign in again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional permission was not granted in the browser, so the action was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; names the accounts server %2, which is not a Zoho accounts server PatchDeck trusts, so its tokens were not sent there. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::OnPremisesSignIn</name>
    <message>
        <source>Enter the server&apos;s address, for example https://patch.example.com:8383.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck sends the API token only over https (plain http only to 127.0.0.1). Use the server&apos;s https port (8383 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token created on the server (Admin → Integrations → API Key Management).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept this API token. Check it on the server (Admin → Integrations → API Key Management) and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not as a Patch Manager Plus server would: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::SelfClientSignIn</name>
    <message>
        <source>Enter the Self Client&apos;s client id (API console → Self Client → Client Secret tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Self Client&apos;s client secret (API console → Self Client → Client Secret tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code generated in the API console (Self Client → Generate Code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains spaces; paste only the code itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::SessionManager</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available, so the sign-in of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; kept its sign-in for one session only. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it works until PatchDeck closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignInError</name>
    <message>
        <source>This code has expired or was already used. A Self Client code works once, and only for the time chosen when it was generated. Generate a new code in the API console (Self Client → Generate Code) and paste it here right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired or was already used before PatchDeck could exchange it (Zoho codes are valid for about two minutes, once). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho did not accept the client id or client secret. Copy both again from the API console&apos;s Client Secret tab, and check that the client was created in this data centre (or has multi-DC enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI registered for this client differs from the one PatchDeck uses. Register exactly the URI shown in the help, including the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho refused to issue more tokens for now (too many requests). Wait ten minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignOut</name>
    <message>
        <source>Signed out of &quot;%1&quot;. Its tokens were removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot; on this computer, but Zoho could not be told (%2). To be sure, remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Zoho accounts server PatchDeck trusts, so the token was not sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;: PatchDeck no longer holds its tokens in memory, but did not remove them from the keychain. %2 Any copy stored there stays; to remove it, delete the entry &quot;%3&quot; of &quot;%4&quot; with your keychain&apos;s manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho revoked the sign-in, so such a copy no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho could not be told either (%1): remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho was not told to revoke the sign-in (PatchDeck had no token to send): remove PatchDeck under Connected Apps in your Zoho account to end it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::TlsFailure</name>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenEndpoint</name>
    <message>
        <source>Refusing to send sign-in secrets to %1: the accounts server must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server refused to issue more tokens for now (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code or token is no longer valid (it expired, was already used, or was revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or client secret was not accepted. Check them in the API console, and that the client belongs to this data centre (or has multi-DC enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI does not match the one registered for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server answered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server answered &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server sent an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts server&apos;s answer contains no access token (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenStore</name>
    <message>
        <source>No keychain service is available on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no supported keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keychain (Secret Service) can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The D-Bus session bus does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service (org.freedesktop.secrets) and no KWallet is running on the D-Bus session bus. Install and start GNOME Keyring or KWallet to keep tokens between sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens are kept for this profile in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for this profile is damaged; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for its password, or its service may not be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens are stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps its sign-in in memory only, so PatchDeck did not touch the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::models</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::models::CodeTable</name>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to uninstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by SDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy and self-service portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::models::Nouns</name>
    <message>
        <source>computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>remote offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln remote office(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>patch statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch status(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::models::RecordTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Server value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server field: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::models::Views</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch status by computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and reboots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches by CVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::store::ActionJournal</name>
    <message>
        <source>PatchDeck stopped before the server&apos;s answer arrived. Check on the server whether this action took effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::store::ApdTask</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::store::Database</name>
    <message>
        <source>PatchDeck could not create its local cache (%1), so nothing is cached this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 could not be created. PatchDeck keeps this session&apos;s data in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 could not be opened. PatchDeck keeps this session&apos;s data in memory only and leaves the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and could not be moved aside. PatchDeck keeps this session&apos;s data in memory only and leaves the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2, but a new cache could not be created. PatchDeck keeps this session&apos;s data in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at %1 is not a PatchDeck cache and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 was written by a newer version of PatchDeck and was moved aside to %2 rather than downgraded; PatchDeck starts with an empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 could not be upgraded to this version of PatchDeck and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::store::JournalEntry</name>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::store::SummaryMetric</name>
    <message>
        <source>Missing critical patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing important patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing moderate patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing low patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing unrated patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches (all severities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems with unknown health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscanned systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for over 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::store::Workspace</name>
    <message>
        <source>Another PatchDeck (process %1) has this profile open. This window works too, but writes still in progress there are left alone here: check the action journal in the other window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionCentre</name>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an existing task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s name, exactly as the web console shows it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select patches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select computers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install selected patches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the selected patch on the selected computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es) on the selected computers…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Install the selected patch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decline patches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall patches from all computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uninstall %n patch(es) from all computers…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Install missing patches on computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Install missing patches on %n computer(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan computers for missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan %n computer(s) for missing patches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Install the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Install the agent on %n computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall the agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uninstall the agent from %n computer(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove computers from Patch Manager Plus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n computer(s) from Patch Manager Plus…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install patches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan all computers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New automatic deployment task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionFormDialog</name>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields and show exactly what will be sent before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTaskDialog</name>
    <message>
        <source>Patch all applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch only these applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch all applications except these</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change automatic deployment task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New automatic deployment task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck does not know this task&apos;s settings (the API cannot read them). Change only what you want to change: only the settings you edit are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the settings you change are sent; the rest stay as they are on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Windows security – pilot ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other targets by name, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which updates the task deploys. Types that do not exist on the chosen platform are unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OS applications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Windows Defender x64 (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-&amp;party applications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Notepad++, 7-Zip (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay after the patch is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay after the patch is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide does not say whether the server counts hours or days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force deployment on computers still unpatched after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com (several: comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail when deployments fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail a report of what was deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists none; type names below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTasksView</name>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic Patch Deployment tasks deploy patches on a schedule. The API cannot list them, so this page shows the tasks created or changed from this profile, with their last known state; add a task made in the web console by its name to manage it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a task (createAPDTask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add existing task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task that exists on the server by its exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the task&apos;s settings (modifyAPDTask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the task from running until resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a suspended task run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the task from this list only; nothing is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Create one, or add a task that exists on the server by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this list? The task stays on the server as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck has not seen this task&apos;s state: it was added by name, or the answer to the last change was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::AutoRefresh</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChartLegend</name>
    <message>
        <source>&lt;1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::CheckList</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ComputerDetailPane</name>
    <message>
        <source>Select a computer to see its patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health details unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patch scan data for this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1 critical, %2 important, %3 moderate, %4 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last scan: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1, last contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfigurationDetailPane</name>
    <message>
        <source>Select a configuration to see its targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: every managed computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the exact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 above to enable this button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request on its way cannot be called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck needs permission to make changes (%1). Approve it in the browser window that opened; nothing is sent until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardCard</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardView</name>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the summaries again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches and systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing patches by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on this computer at each refresh, one snapshot per hour: the server keeps no history of these numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch database and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server page ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the server&apos;s settings and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Automatic database updates are disabled: new patches are not detected until the database is updated by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on managed systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recently released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately vulnerable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health unknown (not scanned yet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per the server&apos;s health policy, a system is highly vulnerable from %1 critical, %2 important, %3 moderate or %4 low missing patches, and vulnerable from %5 critical, %6 important, %7 moderate or %8 low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstallation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted the server in the last 3 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for more than 30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patches are approved for deployment without review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches are deployed only after an administrator approves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot from 30 days ago yet: the change appears once this computer has history that old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the patch summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the agent summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the patch database status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the approval settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the health policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 · refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the server&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::DeclineDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declined patch is not deployed to the chosen groups (automatic deployment skips it too), and no longer counts as missing there. Give each patch a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks for every patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to every patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline for these custom groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the custom groups and their ids from the query reports again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ids known from elsewhere, e.g. 501, 502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other group ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline for all computers with the deprecated operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom groups are not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::DonutChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::FilterBar</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server filter %1 — press Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::InstallPatchesDialog</name>
    <message>
        <source>Install patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These patches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only patches that are approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as isOnlyApproved; applies only when installing all missing patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add patch IDs, e.g. 103980, 103981</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (one target set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All computers that need the patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected computers (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Computers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every computer the chosen patches apply to. You will be asked to type ALL to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win-1422, wind-144d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s custom groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.0.0.12, 10.0.0.13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the server&apos;s remote offices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck install %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft (nothing is deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy when each agent next contacts the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy through the deployment policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish in the Self Service Portal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy and publish in the Self Service Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the deployment policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force &amp;reboot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpatched computers are force-deployed at this time; at most one year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set retry settings (otherwise the server&apos;s default: retries on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry on targets where the deployment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At logon or startup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the 90-minute refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total must equal the retries at logon plus those at refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no custom groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no remote offices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1, answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalView</name>
    <message>
        <source>Every change PatchDeck sent from this profile, or refused to send, with its outcome. Kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search computers, patches, tasks, answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or ja (View &gt; Language keeps one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language takes effect after PatchDeck is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::MainWindow</name>
    <message>
        <source>PatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;A native console for ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asks PatchDeck to slow down: requests wait %n s before continuing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1… %2 of %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <comment>Loaded &lt;250 computers&gt; at &lt;time&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the password is asked for when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck trusts the system&apos;s certificate authorities. Add a CA file (PEM or DER) for an on-premises server with its own certificate or a proxy that inspects TLS. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No additional CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchDetailPane</name>
    <message>
        <source>Select a patch to see where it is missing or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code / computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — computers missing it, and failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed installations: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed installations: could not load all (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed installations: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n computer(s), by error code</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::PolicyPicker</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load every policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the server&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::RecordListView</name>
    <message>
        <source>Search the loaded rows… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list changed on the server while loading (%1 → %2 %3); refresh for an exact snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled: partial list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 could be loaded. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from %1 — refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 rows to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>5 of &lt;250 computers&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded…</source>
        <comment>5 of &lt;250 computers&gt; loaded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <comment>&lt;250 computers&gt; loaded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · refreshing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed — showing data from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportsView</name>
    <message>
        <source>Choose a report on the left to load its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerView</name>
    <message>
        <source>Patch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System health policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote offices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patch database status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt; — the vulnerability database is not kept current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic — new patches are approved without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only approved patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party applications excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third-party applications included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual — patches wait for an administrator&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::SessionController</name>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PatchDeck. Connect it to your Patch Manager Plus server: choose how you sign in, and follow the steps on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? PatchDeck signs out (Zoho is told to revoke the sign-in) and forgets the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? Zoho is told to revoke PatchDeck&apos;s sign-in and the tokens are removed from this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck needs your permission to make changes, but could not open a browser. Copy the link, open it in the browser where you use Zoho, and click Accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — PatchDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser is showing Zoho&apos;s consent page. Sign in there if asked, check the permissions and click &lt;b&gt;Accept&lt;/b&gt;; PatchDeck continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck could not open a browser. Click &lt;b&gt;Copy link&lt;/b&gt;, paste the link into the browser where you use Zoho, and click &lt;b&gt;Accept&lt;/b&gt; there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access approved. Fetching the tokens from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect PatchDeck to Patch Manager Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how you sign in. Your tokens are kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Production EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self Client &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On-premises server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my sign-in for this session only (sign in again after restarting PatchDeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in link, to open it in a browser yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy and trusted certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server (simulator, test tenant, proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your Patch Manager Plus Cloud account lives: the address you use it at ends in this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the API console&apos;s Client Secret tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use simulator client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a fixed &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho compares the redirect URI exactly, so the port registered in the API console must be the one PatchDeck listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the scopes to paste in the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;write permissions (approve, install, scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:&lt;any free port&gt;/callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer.&lt;/b&gt; %1&lt;br&gt;PatchDeck never writes tokens to a file. You can keep this sign-in in memory until PatchDeck closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch Manager Plus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: tick &quot;Keep my sign-in for this session only&quot; to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server and accounts URLs (https; plain http only for 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret from the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the grant code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be stored in the keychain. Unlock or start your keychain, or tick &quot;Keep my sign-in for this session only&quot;; then click Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain did not store the sign-in.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on Zoho&apos;s page in your browser, with a client registered once in the API console. PatchDeck stays signed in for weeks and asks for write permission only when you first need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a Self Client: generate a one-time code in the API console and paste it here. No browser redirect is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a Patch Manager Plus server in your own network: its address and an API token created in its web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate below. If it belongs to your organisation, trust its CA under Network… and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Opening the console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in your keychain (it may ask for its password)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInHelp</name>
    <message>
        <source>Sign in through your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your accounts server&apos;s API console and sign in as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;GET STARTED&lt;/b&gt; (or &lt;b&gt;ADD CLIENT&lt;/b&gt;), choose &lt;b&gt;Server-based Applications&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; any address of your organisation, for example %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactly %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port is selected, so the port is only known at sign-in. Zoho compares redirect URIs exactly: choose &lt;b&gt;Use a fixed port&lt;/b&gt; unless your accounts server accepts any loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;CREATE&lt;/b&gt;. On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If colleagues in other data centres will use this client, open its &lt;b&gt;Settings&lt;/b&gt; and enable &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck follows the data centre Zoho names after sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens Zoho&apos;s consent page; check that it asks only to &lt;b&gt;read&lt;/b&gt; (%1) and click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck asks for the write permissions (the UPDATE scopes) later, in the same way, the first time you approve, install or scan. A profile that never writes never holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a Self Client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Self Client&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;, then &lt;b&gt;OK&lt;/b&gt; (only the first time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code, paste it into &lt;b&gt;Grant code&lt;/b&gt; and click &lt;b&gt;Sign in&lt;/b&gt; right away: a code works once, and only until its time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Include write permissions&lt;/b&gt; to generate a code that also allows approving, installing and scanning; the scope list above follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an on-premises server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address with its https port, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Patch Manager Plus web console, open &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, create a key for PatchDeck and paste it into &lt;b&gt;API token&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. PatchDeck checks the token with one read before keeping it in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is sent only over https. If your server uses a certificate from your own CA, add that CA under &lt;b&gt;Network…&lt;/b&gt;; certificate errors are shown, never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address looks like &lt;b&gt;patchdeck-sim&lt;/b&gt;, the simulator. It needs no client registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Use simulator client&lt;/b&gt;: it fills in the simulator&apos;s built-in client %1 and its secret %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens the simulator&apos;s consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it, and PatchDeck opens the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the &lt;b&gt;Server URL&lt;/b&gt; of Patch Manager Plus and the &lt;b&gt;Accounts URL&lt;/b&gt; of its sign-in server. For &lt;b&gt;patchdeck-sim&lt;/b&gt;, both are the address it printed when it started (%1): type it as the Server URL and the Accounts URL follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to patchdeck-sim, a test tenant or a proxy? Choose &lt;b&gt;Custom server&lt;/b&gt; under &lt;b&gt;Data centre&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Generate Code&lt;/b&gt; tab, paste the scopes (&lt;b&gt;Copy&lt;/b&gt; next to &lt;b&gt;Scopes&lt;/b&gt; on the left gives them comma-separated):%1&lt;br&gt;pick a &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes leaves time to paste), type a description such as %2 and click &lt;b&gt;CREATE&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::StatTile</name>
    <message>
        <source>▲ %1 in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1 in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendChart</name>
    <message>
        <source>Not enough history yet — trends appear after a few refreshes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>trend axis date format (QDateTime format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendPanel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missing critical and important patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmp::ui::UninstallPatchesDialog</name>
    <message>
        <source>Uninstall patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patches are removed from every computer that has them. Computers become vulnerable again to what the patches fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PatchDeck uninstall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft (nothing is uninstalled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall when each agent next contacts the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
