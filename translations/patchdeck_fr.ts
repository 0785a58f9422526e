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
</context>
<context>
    <name>pmp::api</name>
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
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n computer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Install the Patch Manager Plus agent on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall the Patch Manager Plus agent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Patch Manager Plus; it will no longer be managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation type="unfinished"></translation>
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
        <source>%1 must be Patch All Applications, Patch Specific Applications or Patch All Applications Except.</source>
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
    <message numerus="yes">
        <source>%n domain</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domains</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote offices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create automatic deployment task %1 for %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment policy %1</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n patch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n custom group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>DeploymentPolicyTemplateID is required when the patches are deployed: choose a deployment policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
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
    <message numerus="yes">
        <source>%n computer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP addresses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote offices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all missing approved patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all missing patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Decline %n patch for all computers (legacy endpoint)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patches for all computers (legacy endpoint)</source>
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
        <source>Approve %n patch for all computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patches for all computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch for all computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patches for all computers</source>
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
    <message numerus="yes">
        <source>%n computer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 for missing patches</source>
        <translation type="unfinished"></translation>
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
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall %1 from all computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All computers</source>
        <translation type="unfinished"></translation>
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
        <source>sign-in already completed</source>
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
        <source>%1 Trust the server&apos;s CA certificate in Network settings if this is your own server.</source>
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
        <source>The tokens of &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>pmp::auth::TlsFailure</name>
    <message>
        <source>The secure connection to %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Patches with CVEs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and reboots</source>
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
        <source>%1 · %2</source>
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
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 %2 at %3</source>
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
        <source>%1 of %2 %3 loaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 loaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
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
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
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
        <source>Manual — patches wait for an administrator&apos;s approval (%1)</source>
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
        <source>Signed in, but the keychain did not take the tokens: %1 Tick &lt;b&gt;Keep my sign-in for this session only&lt;/b&gt; and click &lt;b&gt;Continue&lt;/b&gt;, or start your keychain and click &lt;b&gt;Continue&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
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
        <source>Review the certificate under &lt;b&gt;Details&lt;/b&gt;. If it is your organisation&apos;s, trust its CA under &lt;b&gt;Network…&lt;/b&gt;.</source>
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
        <source>Signed in. Saving the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
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
        <source>This custom server looks like &lt;b&gt;patchdeck-sim&lt;/b&gt;, the simulator. It needs no registration: its built-in client is %1 with the secret %2 (the &lt;i&gt;Use simulator client&lt;/i&gt; button fills both in). Then click &lt;b&gt;Sign in&lt;/b&gt;, and choose &lt;b&gt;Accept&lt;/b&gt; on the consent page that opens in your browser.</source>
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
        <source>On the &lt;b&gt;Generate Code&lt;/b&gt; tab, enter the scopes %1, pick a &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes leaves time to paste), type a description such as %2 and click &lt;b&gt;CREATE&lt;/b&gt;.</source>
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
</TS>
