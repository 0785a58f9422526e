<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Report id %1</source>
        <translation>Bericht-ID %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 critical, %2 important, %3 moderate or %4 low missing patches</source>
        <translation>%1 kritische, %2 wichtige, %3 mittlere oder %4 niedrige fehlende Patches</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with a simulated Patch Manager Plus server (no account or network needed).</source>
        <translation>Mit einem simulierten Patch Manager Plus-Server starten (kein Konto und kein Netzwerk nötig).</translation>
    </message>
    <message>
        <source>Number of computers in the demo fleet.</source>
        <translation>Anzahl der Computer in der Demo-Flotte.</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>Startwert (Seed) der Demo-Flotte.</translation>
    </message>
    <message>
        <source>Connect to this server URL with the token in PATCHDECK_TOKEN.</source>
        <translation>Mit dieser Server-URL und dem Token aus PATCHDECK_TOKEN verbinden.</translation>
    </message>
    <message>
        <source>Server kind for --server: cloud or onprem.</source>
        <translation>Serverart für --server: cloud oder onprem.</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>Demo-Server %1</translation>
    </message>
    <message>
        <source>Desktop console for ManageEngine Patch Manager Plus Cloud.
Headless export for scripts: patchdeck export --help</source>
        <translation>Desktop-Konsole für ManageEngine Patch Manager Plus Cloud.
Export ohne Oberfläche für Skripte: patchdeck export --help</translation>
    </message>
    <message>
        <source>Open the window on this view (a view name of patchdeck export --help, or the name of a saved view).</source>
        <translation>Das Fenster mit dieser Ansicht öffnen (ein Ansichtsname aus patchdeck export --help oder der Name einer gespeicherten Ansicht).</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionNames</name>
    <message>
        <source>Install all missing patches</source>
        <translation>Alle fehlenden Patches installieren</translation>
    </message>
    <message>
        <source>Install patches on chosen computers</source>
        <translation>Patches auf ausgewählten Computern installieren</translation>
    </message>
    <message>
        <source>Install patches on all computers</source>
        <translation>Patches auf allen Computern installieren</translation>
    </message>
    <message>
        <source>Uninstall patches</source>
        <translation>Patches deinstallieren</translation>
    </message>
    <message>
        <source>Scan computers</source>
        <translation>Computer scannen</translation>
    </message>
    <message>
        <source>Scan all computers</source>
        <translation>Alle Computer scannen</translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>Patches genehmigen</translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>Genehmigung von Patches aufheben</translation>
    </message>
    <message>
        <source>Change automatic deployment task</source>
        <translation>Automatische Bereitstellungsaufgabe ändern</translation>
    </message>
    <message>
        <source>Delete automatic deployment task</source>
        <translation>Automatische Bereitstellungsaufgabe löschen</translation>
    </message>
    <message>
        <source>Create automatic deployment task</source>
        <translation>Automatische Bereitstellungsaufgabe erstellen</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task</source>
        <translation>Automatische Bereitstellungsaufgabe anhalten</translation>
    </message>
    <message>
        <source>Resume automatic deployment task</source>
        <translation>Automatische Bereitstellungsaufgabe fortsetzen</translation>
    </message>
    <message>
        <source>Decline patches (deprecated operation)</source>
        <translation>Patches ablehnen (veralteter Vorgang)</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>Patches ablehnen</translation>
    </message>
    <message>
        <source>Uninstall agent</source>
        <translation>Agent deinstallieren</translation>
    </message>
    <message>
        <source>Install agent</source>
        <translation>Agent installieren</translation>
    </message>
    <message>
        <source>Remove computers</source>
        <translation>Computer entfernen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Unapprove</source>
        <translation>Genehmigung aufheben</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <source>Suspend task</source>
        <translation>Aufgabe anhalten</translation>
    </message>
    <message>
        <source>Resume task</source>
        <translation>Aufgabe fortsetzen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionOutcome</name>
    <message>
        <source>Deployment › Configurations</source>
        <translation>Bereitstellung › Konfigurationen</translation>
    </message>
    <message>
        <source>the Approval column of Patches › Applicable patches</source>
        <translation>die Spalte „Genehmigung“ unter Patches › Anwendbare Patches</translation>
    </message>
    <message>
        <source>Systems and health › Scan status</source>
        <translation>Systeme und Integrität › Scanstatus</translation>
    </message>
    <message>
        <source>Fleet › Computers</source>
        <translation>Flotte › Computer</translation>
    </message>
    <message>
        <source>the Automatic Patch Deployment page of the Patch Manager Plus web console</source>
        <translation>die Seite „Automatische Patch-Bereitstellung“ der Patch Manager Plus-Webkonsole</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>den Server</translation>
    </message>
    <message>
        <source>Done: the server accepted the request.</source>
        <translation>Erledigt: Der Server hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <source>Done: the server answered “%1”.</source>
        <translation>Erledigt: Der Server antwortete „%1“.</translation>
    </message>
    <message>
        <source>%1 Follow the configuration in Deployment › Configurations.</source>
        <translation>%1 Verfolgen Sie die Konfiguration unter Bereitstellung › Konfigurationen.</translation>
    </message>
    <message>
        <source>Outcome unknown — the connection was lost after the request was sent, so the server may or may not have carried it out. Check %1 before trying again. PatchDeck does not send it again.</source>
        <translation>Ergebnis unbekannt — die Verbindung brach nach dem Senden ab, daher hat der Server die Anfrage möglicherweise ausgeführt oder auch nicht. Prüfen Sie %1, bevor Sie es erneut versuchen. PatchDeck sendet sie nicht erneut.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionRunner</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Permission to make changes (%1) was not granted; nothing was sent.</source>
        <translation>Die Berechtigung für Änderungen (%1) wurde nicht erteilt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Permission to make changes was refused.</source>
        <translation>Die Berechtigung für Änderungen wurde verweigert.</translation>
    </message>
    <message>
        <source>The action journal could not record this action, so it was not sent. Check that PatchDeck can write its data folder.</source>
        <translation>Das Aktionsprotokoll konnte diese Aktion nicht aufzeichnen, daher wurde sie nicht gesendet. Prüfen Sie, ob PatchDeck in seinen Datenordner schreiben kann.</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>Vom Server angenommen</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ApdTaskBook</name>
    <message>
        <source>Enter the task's name exactly as the web console shows it.</source>
        <translation>Geben Sie den Namen der Aufgabe genau so ein, wie die Webkonsole ihn anzeigt.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>The task could not be saved in the local store.</source>
        <translation>Die Aufgabe konnte nicht im lokalen Speicher gesichert werden.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ConfirmationRule</name>
    <message>
        <source>Removed computers are no longer managed; bringing them back means reinstalling the agent.</source>
        <translation>Entfernte Computer werden nicht mehr verwaltet; um sie zurückzuholen, muss der Agent neu installiert werden.</translation>
    </message>
    <message>
        <source>Without the agent these computers receive no patches and report nothing until it is reinstalled.</source>
        <translation>Ohne Agent erhalten diese Computer keine Patches und melden nichts, bis er neu installiert ist.</translation>
    </message>
    <message>
        <source>Uninstalling patches reopens the vulnerabilities they fixed, on every computer that has them.</source>
        <translation>Das Deinstallieren von Patches öffnet die damit behobenen Sicherheitslücken wieder, auf jedem Computer, der sie hat.</translation>
    </message>
    <message>
        <source>A deleted task cannot be restored; it must be created again.</source>
        <translation>Eine gelöschte Aufgabe kann nicht wiederhergestellt werden; sie muss neu erstellt werden.</translation>
    </message>
    <message>
        <source>This action cannot be undone from PatchDeck.</source>
        <translation>Diese Aktion kann in PatchDeck nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This action reaches every managed computer.</source>
        <translation>Diese Aktion betrifft jeden verwalteten Computer.</translation>
    </message>
    <message numerus="yes">
        <source>This action reaches %n targets.</source>
        <translation>
            <numerusform>Diese Aktion betrifft %n Ziel.</numerusform>
            <numerusform>Diese Aktion betrifft %n Ziele.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::actions::CustomGroupDirectory</name>
    <message>
        <source>Looking for custom groups in the query reports…</source>
        <translation>Suche nach benutzerdefinierten Gruppen in den Abfrageberichten…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer group(s) from the query report “%1”, as of %2.</source>
        <translation>
            <numerusform>%n Computergruppe aus dem Abfragebericht „%1“, Stand %2.</numerusform>
            <numerusform>%n Computergruppen aus dem Abfragebericht „%1“, Stand %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A query report lists the custom groups, but without their ids. Add the resource_id column to it in the web console (Reports › Query Reports), then look again.</source>
        <translation>Ein Abfragebericht listet die benutzerdefinierten Gruppen auf, aber ohne ihre IDs. Fügen Sie ihm in der Webkonsole die Spalte resource_id hinzu (Berichte › Abfrageberichte) und suchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No query report lists custom groups with their ids. Create one in the web console (Reports › Query Reports) that selects the custom groups' resource_id and name, then look again.</source>
        <translation>Kein Abfragebericht listet benutzerdefinierte Gruppen mit ihren IDs auf. Erstellen Sie in der Webkonsole einen (Berichte › Abfrageberichte), der resource_id und Namen der benutzerdefinierten Gruppen auswählt, und suchen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The query reports could not be read: %1</source>
        <translation>Die Abfrageberichte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::DeclineFallback</name>
    <message>
        <source>This server does not offer the current decline operation. The deprecated one (to be removed by the vendor in October 2026) can decline the same patches, but only for all computers and without reasons or remarks.</source>
        <translation>Dieser Server bietet den aktuellen Ablehnungsvorgang nicht an. Der veraltete (vom Hersteller bis Oktober 2026 entfernt) kann dieselben Patches ablehnen, aber nur für alle Computer und ohne Gründe oder Anmerkungen.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::RequestPreview</name>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer.</source>
        <translation>resourceids ist leer: Wählen Sie mindestens einen Computer aus.</translation>
    </message>
    <message>
        <source>Install the Patch Manager Plus agent on %1</source>
        <translation>Den Patch Manager Plus-Agenten auf %1 installieren</translation>
    </message>
    <message>
        <source>Uninstall the Patch Manager Plus agent from %1</source>
        <translation>Den Patch Manager Plus-Agenten von %1 deinstallieren</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation>
            <numerusform>%1 aus Patch Manager Plus entfernen; er wird nicht mehr verwaltet</numerusform>
            <numerusform>%1 aus Patch Manager Plus entfernen; sie werden nicht mehr verwaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n Computer</numerusform>
            <numerusform>%n Computer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskActionRequest</name>
    <message>
        <source>taskname is required: name the task.</source>
        <translation>taskname ist erforderlich: Benennen Sie die Aufgabe.</translation>
    </message>
    <message>
        <source>Delete automatic deployment task %1</source>
        <translation>Automatische Bereitstellungsaufgabe %1 löschen</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task %1</source>
        <translation>Automatische Bereitstellungsaufgabe %1 anhalten</translation>
    </message>
    <message>
        <source>Resume automatic deployment task %1</source>
        <translation>Automatische Bereitstellungsaufgabe %1 fortsetzen</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskSettings</name>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 enthält einen leeren Namen.</translation>
    </message>
    <message>
        <source>“%1” contains a comma, which separates the names in %2.</source>
        <translation>„%1“ enthält ein Komma, das in %2 die Namen trennt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>deployment policy</source>
        <translation>Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>security updates</source>
        <translation>Sicherheitsupdates</translation>
    </message>
    <message>
        <source>non-security updates</source>
        <translation>Nicht-Sicherheitsupdates</translation>
    </message>
    <message>
        <source>third-party updates</source>
        <translation>Drittanbieter-Updates</translation>
    </message>
    <message>
        <source>definition updates</source>
        <translation>Definitionsupdates</translation>
    </message>
    <message>
        <source>service packs</source>
        <translation>Service Packs</translation>
    </message>
    <message>
        <source>feature packs</source>
        <translation>Feature Packs</translation>
    </message>
    <message>
        <source>rollups</source>
        <translation>Rollups</translation>
    </message>
    <message>
        <source>optional updates</source>
        <translation>optionale Updates</translation>
    </message>
    <message>
        <source>driver updates</source>
        <translation>Treiberupdates</translation>
    </message>
    <message>
        <source>preview rollups</source>
        <translation>Vorschau-Rollups</translation>
    </message>
    <message>
        <source>OS application selection</source>
        <translation>Auswahl der Betriebssystemanwendungen</translation>
    </message>
    <message>
        <source>OS applications</source>
        <translation>Betriebssystemanwendungen</translation>
    </message>
    <message>
        <source>third-party application selection</source>
        <translation>Auswahl der Drittanbieteranwendungen</translation>
    </message>
    <message>
        <source>third-party applications</source>
        <translation>Drittanbieteranwendungen</translation>
    </message>
    <message>
        <source>deployment delay</source>
        <translation>Bereitstellungsverzögerung</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>notification e-mail</source>
        <translation>Benachrichtigungs-E-Mail</translation>
    </message>
    <message>
        <source>failure notifications</source>
        <translation>Fehlerbenachrichtigungen</translation>
    </message>
    <message>
        <source>failure notification interval</source>
        <translation>Intervall der Fehlerbenachrichtigungen</translation>
    </message>
    <message>
        <source>failure report attachment</source>
        <translation>Anhang des Fehlerberichts</translation>
    </message>
    <message>
        <source>failure report format</source>
        <translation>Format des Fehlerberichts</translation>
    </message>
    <message>
        <source>report notifications</source>
        <translation>Berichtsbenachrichtigungen</translation>
    </message>
    <message>
        <source>report notification interval</source>
        <translation>Intervall der Berichtsbenachrichtigungen</translation>
    </message>
    <message>
        <source>report attachment</source>
        <translation>Berichtsanhang</translation>
    </message>
    <message>
        <source>report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>%1 is not applicable to %2 tasks: %3 are not available on %2.</source>
        <translation>%1 gilt nicht für %2-Aufgaben: %3 sind unter %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>At least one applicable update type must be selected for the chosen platform (%1).</source>
        <translation>Für die gewählte Plattform (%1) muss mindestens ein anwendbarer Updatetyp ausgewählt sein.</translation>
    </message>
    <message>
        <source>%1 is “%2” but %3 is empty: name at least one application.</source>
        <translation>%1 ist „%2“, aber %3 ist leer: Nennen Sie mindestens eine Anwendung.</translation>
    </message>
    <message>
        <source>failure_notify_duration is %1 days; it must be at least 1.</source>
        <translation>failure_notify_duration ist %1 Tage; es muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>report_notify_duration is %1 days; it must be at least 1.</source>
        <translation>report_notify_duration ist %1 Tage; es muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>attachmentFormatForFailure “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForFailure „%1“ ist keines von xls, pdf oder csv.</translation>
    </message>
    <message>
        <source>attachmentFormatForReport “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForReport „%1“ ist keines von xls, pdf oder csv.</translation>
    </message>
    <message>
        <source>Notifications are on but no e-mail address is given.</source>
        <translation>Benachrichtigungen sind aktiviert, aber es ist keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>taskName is required: name the task.</source>
        <translation>taskName ist erforderlich: Benennen Sie die Aufgabe.</translation>
    </message>
    <message>
        <source>templateName is required: choose the deployment policy the task uses.</source>
        <translation>templateName ist erforderlich: Wählen Sie die Bereitstellungsrichtlinie, die die Aufgabe verwendet.</translation>
    </message>
    <message>
        <source>platform must be Windows, Mac or Linux.</source>
        <translation>platform muss Windows, Mac oder Linux sein.</translation>
    </message>
    <message>
        <source>target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP.</source>
        <translation>target_type muss DOMAIN, REMOTE_OFFICE oder CUSTOM_GROUP sein.</translation>
    </message>
    <message>
        <source>Changing target_type needs target_list as well: name the new targets.</source>
        <translation>Eine Änderung von target_type erfordert auch target_list: Nennen Sie die neuen Ziele.</translation>
    </message>
    <message>
        <source>target_list is empty: choose at least one target.</source>
        <translation>target_list ist leer: Wählen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>The delay must count from approval or from release.</source>
        <translation>Die Verzögerung muss ab Genehmigung oder ab Veröffentlichung zählen.</translation>
    </message>
    <message>
        <source>The API has no way to clear a delay: set a delay after approval or after release.</source>
        <translation>Die API kann eine Verzögerung nicht entfernen: Legen Sie eine Verzögerung nach Genehmigung oder nach Veröffentlichung fest.</translation>
    </message>
    <message>
        <source>%1 is %2; a delay must be at least 1.</source>
        <translation>%1 ist %2; eine Verzögerung muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>EXPIRY_TIME is not a valid date and time (MM/dd/yyyy, HH:mm).</source>
        <translation>EXPIRY_TIME ist kein gültiges Datum mit Uhrzeit (MM/dd/yyyy, HH:mm).</translation>
    </message>
    <message>
        <source>The task expiry (%1) is not in the future.</source>
        <translation>Der Ablauf der Aufgabe (%1) liegt nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>deadlineSettings.forceRebootOption must be 0 (disabled), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>deadlineSettings.forceRebootOption muss 0 (deaktiviert), 1 (innerhalb des Fensters) oder 2 (außerhalb des Fensters) sein; %1 ist keiner dieser Werte.</translation>
    </message>
    <message>
        <source>deadlineSettings.preferredDays is %1; with the deadline enabled it must be at least 1 day.</source>
        <translation>deadlineSettings.preferredDays ist %1; bei aktivierter Frist muss es mindestens 1 Tag sein.</translation>
    </message>
    <message>
        <source>%1 must be all applications, Patch Specific Applications or Patch All Applications Except.</source>
        <translation>%1 muss „alle Anwendungen“, „Patch Specific Applications“ oder „Patch All Applications Except“ sein.</translation>
    </message>
    <message>
        <source>The API has no documented value of %1 for all applications, so a task cannot be switched back to them: delete the task and create it again.</source>
        <translation>Die API hat keinen dokumentierten Wert von %1 für alle Anwendungen, daher kann eine Aufgabe nicht darauf zurückgestellt werden: Löschen Sie die Aufgabe und erstellen Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pmp::api::CreateApdTaskRequest</name>
    <message>
        <source>Create automatic deployment task %1 for %2 on %3</source>
        <translation>Automatische Bereitstellungsaufgabe %1 für %2 auf %3 erstellen</translation>
    </message>
    <message>
        <source>deployment policy %1</source>
        <translation>Bereitstellungsrichtlinie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domäne</numerusform>
            <numerusform>%n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n Remote-Standort</numerusform>
            <numerusform>%n Remote-Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n benutzerdefinierte Gruppe</numerusform>
            <numerusform>%n benutzerdefinierte Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeclinePatchesRequest</name>
    <message>
        <source>Vendor-reported patch issue</source>
        <translation>Vom Hersteller gemeldetes Patch-Problem</translation>
    </message>
    <message>
        <source>Accepted Risk - Not Applicable to Environment</source>
        <translation>Akzeptiertes Risiko – in der Umgebung nicht zutreffend</translation>
    </message>
    <message>
        <source>Accepted Risk - Known Application Conflict</source>
        <translation>Akzeptiertes Risiko – bekannter Anwendungskonflikt</translation>
    </message>
    <message>
        <source>Accepted Risk - Managed by Alternative Method</source>
        <translation>Akzeptiertes Risiko – anderweitig verwaltet</translation>
    </message>
    <message>
        <source>Other (Specify Below)</source>
        <translation>Sonstiges (unten angeben)</translation>
    </message>
    <message>
        <source>The server does not decline Linux patches: they are left out of this request automatically.</source>
        <translation>Der Server lehnt keine Linux-Patches ab: Sie werden automatisch aus dieser Anfrage ausgelassen.</translation>
    </message>
    <message>
        <source>Patches list is empty: select at least one patch to decline.</source>
        <translation>Die Patch-Liste ist leer: Wählen Sie mindestens einen abzulehnenden Patch aus.</translation>
    </message>
    <message>
        <source>Patch %1 has id %2, which is not a numeric patch id.</source>
        <translation>Patch %1 hat die ID %2, die keine numerische Patch-ID ist.</translation>
    </message>
    <message>
        <source>Patch id %1 is listed more than once.</source>
        <translation>Patch-ID %1 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>reasonId is mandatory for patch id: %1. Choose why it is declined.</source>
        <translation>reasonId ist für die Patch-ID %1 erforderlich. Wählen Sie, warum er abgelehnt wird.</translation>
    </message>
    <message>
        <source>reasonId %1 for patch id %2 is not one of the reasons 1 to 5.</source>
        <translation>reasonId %1 für Patch-ID %2 ist keiner der Gründe 1 bis 5.</translation>
    </message>
    <message>
        <source>Remarks are required for patch id %1: say why it is declined.</source>
        <translation>Für Patch-ID %1 sind Anmerkungen erforderlich: Geben Sie an, warum er abgelehnt wird.</translation>
    </message>
    <message>
        <source>The reason for patch id %1 is “Other”: describe it in at least %2 characters.</source>
        <translation>Der Grund für Patch-ID %1 ist „Sonstiges“: Beschreiben Sie ihn in mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <source>Every selected patch is a Linux patch, and the server excludes Linux patches: nothing would be declined.</source>
        <translation>Jeder ausgewählte Patch ist ein Linux-Patch, und der Server schließt Linux-Patches aus: Es würde nichts abgelehnt.</translation>
    </message>
    <message>
        <source>customGroupID is empty: choose at least one custom group.</source>
        <translation>customGroupID ist leer: Wählen Sie mindestens eine benutzerdefinierte Gruppe.</translation>
    </message>
    <message>
        <source>Custom group id “%1” is not numeric.</source>
        <translation>Die ID der benutzerdefinierten Gruppe „%1“ ist nicht numerisch.</translation>
    </message>
    <message>
        <source>Custom group id %1 is listed more than once.</source>
        <translation>Die ID der benutzerdefinierten Gruppe %1 ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>All Computer Groups cannot be selected with other Custom Groups: the All Computers Group already covers every computer.</source>
        <translation>„All Computer Groups“ kann nicht zusammen mit anderen benutzerdefinierten Gruppen gewählt werden: Die Gruppe „All Computers“ umfasst bereits jeden Computer.</translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>alle Computer</translation>
    </message>
    <message>
        <source>Decline %1 for %2</source>
        <translation>%1 für %2 ablehnen</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Linux patches are skipped by the server</source>
        <translation>Linux-Patches werden vom Server übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n Patch</numerusform>
            <numerusform>%n Patches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n benutzerdefinierte Gruppe</numerusform>
            <numerusform>%n benutzerdefinierte Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeploymentOptions</name>
    <message>
        <source>deploy when the agents next contact the server</source>
        <translation>bereitstellen, wenn die Agenten den Server das nächste Mal kontaktieren</translation>
    </message>
    <message>
        <source>deploy immediately</source>
        <translation>sofort bereitstellen</translation>
    </message>
    <message>
        <source>save as draft</source>
        <translation>als Entwurf speichern</translation>
    </message>
    <message>
        <source>force reboot within the deployment window</source>
        <translation>Neustart innerhalb des Bereitstellungsfensters erzwingen</translation>
    </message>
    <message>
        <source>force reboot outside the deployment window</source>
        <translation>Neustart außerhalb des Bereitstellungsfensters erzwingen</translation>
    </message>
</context>
<context>
    <name>pmp::api::Filters</name>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Anfällig</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Hochgradig anfällig</translation>
    </message>
    <message>
        <source>Security Updates</source>
        <translation>Sicherheitsupdates</translation>
    </message>
    <message>
        <source>Non-Security Updates</source>
        <translation>Nicht-Sicherheitsupdates</translation>
    </message>
    <message>
        <source>Third-Party Updates</source>
        <translation>Drittanbieter-Updates</translation>
    </message>
    <message>
        <source>Definition Update</source>
        <translation>Definitionsupdate</translation>
    </message>
    <message>
        <source>Service Packs</source>
        <translation>Service Packs</translation>
    </message>
    <message>
        <source>Feature Packs</source>
        <translation>Feature Packs</translation>
    </message>
    <message>
        <source>Rollups</source>
        <translation>Rollups</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Optional Updates</source>
        <translation>Optionale Updates</translation>
    </message>
    <message>
        <source>Preview Rollups</source>
        <translation>Vorschau-Rollups</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Automatic reboot</source>
        <translation>Automatischer Neustart</translation>
    </message>
    <message>
        <source>May require</source>
        <translation>Eventuell erforderlich</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>Remote-Standort</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Custom group</source>
        <translation>Benutzerdefinierte Gruppe</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Aufgabenname</translation>
    </message>
    <message>
        <source>Bulletin ID</source>
        <translation>Bulletin-ID</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>Patch-ID</translation>
    </message>
    <message>
        <source>Patch status</source>
        <translation>Patch-Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Patch name</source>
        <translation>Patch-Name</translation>
    </message>
    <message>
        <source>Update type</source>
        <translation>Updatetyp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Install error code</source>
        <translation>Installationsfehlercode</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>CVE IDs</source>
        <translation>CVE-IDs</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unapproved</source>
        <translation>Nicht genehmigt</translation>
    </message>
    <message>
        <source>Approved time</source>
        <translation>Genehmigt am</translation>
    </message>
    <message>
        <source>KB number</source>
        <translation>KB-Nummer</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>Unterstützt seit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Uninstall support</source>
        <translation>Deinstallation möglich</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation>Wiederholung läuft</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>Live-Status</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computername</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>Agenteninstallation</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Noch zu installieren</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Deinstalliert</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>Deinstallation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Name enthält</translation>
    </message>
    <message>
        <source>Service tag</source>
        <translation>Service-Tag</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>Innerhalb von 3 Tagen</translation>
    </message>
    <message>
        <source>4 to 7 days ago</source>
        <translation>Vor 4 bis 7 Tagen</translation>
    </message>
    <message>
        <source>8 to 15 days ago</source>
        <translation>Vor 8 bis 15 Tagen</translation>
    </message>
    <message>
        <source>16 to 30 days ago</source>
        <translation>Vor 16 bis 30 Tagen</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Vor mehr als 30 Tagen</translation>
    </message>
</context>
<context>
    <name>pmp::api::I18nText</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Installed successfully</source>
        <translation>Erfolgreich installiert</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Noch zu installieren</translation>
    </message>
    <message>
        <source>Uninstalled successfully</source>
        <translation>Erfolgreich deinstalliert</translation>
    </message>
    <message>
        <source>Agent installed successfully</source>
        <translation>Agent erfolgreich installiert</translation>
    </message>
    <message>
        <source>Scan completed successfully</source>
        <translation>Scan erfolgreich abgeschlossen</translation>
    </message>
    <message>
        <source>Draft (download failed)</source>
        <translation>Entwurf (Download fehlgeschlagen)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Patch downloaded successfully</source>
        <translation>Patch erfolgreich heruntergeladen</translation>
    </message>
    <message>
        <source>Agent installation failed: unknown credentials</source>
        <translation>Agenteninstallation fehlgeschlagen: unbekannte Anmeldeinformationen</translation>
    </message>
</context>
<context>
    <name>pmp::api::InstallPatchesRequest</name>
    <message>
        <source>Choose one target set: %1 and %2 cannot be sent together.</source>
        <translation>Wählen Sie eine Zielmenge: %1 und %2 können nicht zusammen gesendet werden.</translation>
    </message>
    <message>
        <source>Installing all missing patches needs a target set: one of ResourceIDs, resourceNames, customGroups, ipAddresses or remoteOffices.</source>
        <translation>Das Installieren aller fehlenden Patches braucht eine Zielmenge: ResourceIDs, resourceNames, customGroups, ipAddresses oder remoteOffices.</translation>
    </message>
    <message>
        <source>ResourceIDs is empty: select at least one computer.</source>
        <translation>ResourceIDs ist leer: Wählen Sie mindestens einen Computer aus.</translation>
    </message>
    <message>
        <source>resourceNames is empty: select at least one computer.</source>
        <translation>resourceNames ist leer: Wählen Sie mindestens einen Computer aus.</translation>
    </message>
    <message>
        <source>customGroups is empty: select at least one custom group.</source>
        <translation>customGroups ist leer: Wählen Sie mindestens eine benutzerdefinierte Gruppe aus.</translation>
    </message>
    <message>
        <source>ipAddresses is empty: enter at least one IP address.</source>
        <translation>ipAddresses ist leer: Geben Sie mindestens eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>ipAddresses: “%1” is not an IP address.</source>
        <translation>ipAddresses: „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>remoteOffices is empty: select at least one remote office.</source>
        <translation>remoteOffices ist leer: Wählen Sie mindestens einen Remote-Standort aus.</translation>
    </message>
    <message>
        <source>installaftertime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>installaftertime ist kein gültiges Datum mit Uhrzeit (yyyy-MM-dd HH:mm).</translation>
    </message>
    <message>
        <source>expirytime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>expirytime ist kein gültiges Datum mit Uhrzeit (yyyy-MM-dd HH:mm).</translation>
    </message>
    <message>
        <source>The expiry time (%1) must be later than the install-after time (%2).</source>
        <translation>Der Ablaufzeitpunkt (%1) muss nach dem Installationsbeginn (%2) liegen.</translation>
    </message>
    <message>
        <source>The expiry time (%1) is not in the future: the configuration would never apply.</source>
        <translation>Der Ablaufzeitpunkt (%1) liegt nicht in der Zukunft: Die Konfiguration würde nie angewendet.</translation>
    </message>
    <message>
        <source>deadlineTime is not a valid date and time.</source>
        <translation>deadlineTime ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The deadline (%1) is not in the future.</source>
        <translation>Die Frist (%1) liegt nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>The deadline (%1) is more than one year ahead; at most one year is supported.</source>
        <translation>Die Frist (%1) liegt mehr als ein Jahr in der Zukunft; höchstens ein Jahr wird unterstützt.</translation>
    </message>
    <message>
        <source>PatchIDs is empty: select at least one patch (or choose to install all missing patches).</source>
        <translation>PatchIDs ist leer: Wählen Sie mindestens einen Patch aus (oder installieren Sie alle fehlenden Patches).</translation>
    </message>
    <message>
        <source>isOnlyApproved applies only when installing all missing patches (without PatchIDs).</source>
        <translation>isOnlyApproved gilt nur beim Installieren aller fehlenden Patches (ohne PatchIDs).</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName ist erforderlich: Benennen Sie die Konfiguration.</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform muss Deploy, Deploy Immediately oder Draft sein.</translation>
    </message>
    <message>
        <source>deploymentType must be 0 (deploy only), 1 (Self Service Portal only) or 2 (both); %1 is not one of them.</source>
        <translation>deploymentType muss 0 (nur bereitstellen), 1 (nur Self-Service-Portal) oder 2 (beides) sein; %1 ist keiner dieser Werte.</translation>
    </message>
    <message>
        <source>forceRebootOption must be 0 (not configured), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>forceRebootOption muss 0 (nicht konfiguriert), 1 (innerhalb des Fensters) oder 2 (außerhalb des Fensters) sein; %1 ist keiner dieser Werte.</translation>
    </message>
    <message>
        <source>noOfRetries must be between 1 and 10; %1 is not.</source>
        <translation>noOfRetries muss zwischen 1 und 10 liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>logonStartupMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>logonStartupMinRetry muss zwischen 0 und 9 liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>refreshMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>refreshMinRetry muss zwischen 0 und 9 liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>Retry count: logonStartupMinRetry + refreshMinRetry (%1 + %2) must equal noOfRetries (%3).</source>
        <translation>Anzahl der Wiederholungen: logonStartupMinRetry + refreshMinRetry (%1 + %2) muss noOfRetries (%3) ergeben.</translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>alle Computer</translation>
    </message>
    <message>
        <source>all missing approved patches</source>
        <translation>alle fehlenden genehmigten Patches</translation>
    </message>
    <message>
        <source>all missing patches</source>
        <translation>alle fehlenden Patches</translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation>%1 auf %2 installieren</translation>
    </message>
    <message>
        <source>publish in the Self Service Portal only</source>
        <translation>nur im Self-Service-Portal veröffentlichen</translation>
    </message>
    <message>
        <source>also publish in the Self Service Portal</source>
        <translation>auch im Self-Service-Portal veröffentlichen</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for every deployment type: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID ist für jede Bereitstellungsart erforderlich: Wählen Sie eine Bereitstellungsrichtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n Computer</numerusform>
            <numerusform>%n Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n benutzerdefinierte Gruppe</numerusform>
            <numerusform>%n benutzerdefinierte Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n IP-Adresse</numerusform>
            <numerusform>%n IP-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n Remote-Standort</numerusform>
            <numerusform>%n Remote-Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n Patch</numerusform>
            <numerusform>%n Patches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::LegacyDeclineRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to decline.</source>
        <translation>patchids ist leer: Wählen Sie mindestens einen abzulehnenden Patch aus.</translation>
    </message>
    <message>
        <source>%1 patches selected; the legacy decline takes at most %2 per request.</source>
        <translation>%1 Patches ausgewählt; die alte Ablehnung nimmt höchstens %2 pro Anfrage an.</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es) for all computers (legacy endpoint)</source>
        <translation>
            <numerusform>%n Patch für alle Computer ablehnen (alter Endpunkt)</numerusform>
            <numerusform>%n Patches für alle Computer ablehnen (alter Endpunkt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ListQuery</name>
    <message>
        <source>"%1" is not a filter of %2 (%3).</source>
        <translation>„%1“ ist kein Filter von %2 (%3).</translation>
    </message>
    <message>
        <source>"%1" is not a documented value of %2; use one of: %3.</source>
        <translation>„%1“ ist kein dokumentierter Wert von %2; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>%1 needs "%2" (%3).</source>
        <translation>%1 benötigt „%2“ (%3).</translation>
    </message>
    <message>
        <source>%1 needs a report id.</source>
        <translation>%1 benötigt eine Bericht-ID.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ModifyApdTaskRequest</name>
    <message>
        <source>taskname is required: name the task to modify.</source>
        <translation>taskname ist erforderlich: Nennen Sie die zu ändernde Aufgabe.</translation>
    </message>
    <message>
        <source>Nothing to change: set at least one setting of the task.</source>
        <translation>Nichts zu ändern: Legen Sie mindestens eine Einstellung der Aufgabe fest.</translation>
    </message>
    <message>
        <source>Change automatic deployment task %1: %2</source>
        <translation>Automatische Bereitstellungsaufgabe %1 ändern: %2</translation>
    </message>
</context>
<context>
    <name>pmp::api::PagedFetch</name>
    <message>
        <source>Page %1 could not be fetched: %2</source>
        <translation>Seite %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The server changed its page size from %1 to %2 during the fetch; refresh to load a consistent list.</source>
        <translation>Der Server hat seine Seitengröße während des Abrufs von %1 auf %2 geändert; aktualisieren Sie, um eine konsistente Liste zu laden.</translation>
    </message>
    <message>
        <source>The list changed on the server while loading: %1 items arrived but the server now reports %2. Refresh to load a consistent list.</source>
        <translation>Die Liste hat sich während des Ladens auf dem Server geändert: %1 Einträge kamen an, aber der Server meldet jetzt %2. Aktualisieren Sie, um eine konsistente Liste zu laden.</translation>
    </message>
    <message>
        <source>The list is incomplete.</source>
        <translation>Die Liste ist unvollständig.</translation>
    </message>
    <message>
        <source>The list keeps changing on the server (its total changed %1 times while loading); try again later.</source>
        <translation>Die Liste ändert sich ständig auf dem Server (ihre Gesamtzahl änderte sich %1-mal während des Ladens); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server reports %1 items but served more on page %2: its totals cannot be trusted, so the list cannot be loaded completely. Refresh to try again.</source>
        <translation>Der Server meldet %1 Einträge, lieferte aber auf Seite %2 mehr: Seinen Gesamtzahlen ist nicht zu trauen, daher kann die Liste nicht vollständig geladen werden. Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The server reports %1 items in pages of %2: more than PatchDeck loads in one list (%3 items, %4 requests). Narrow the list with a filter.</source>
        <translation>Der Server meldet %1 Einträge in Seiten zu %2: mehr, als PatchDeck in einer Liste lädt (%3 Einträge, %4 Anfragen). Grenzen Sie die Liste mit einem Filter ein.</translation>
    </message>
    <message>
        <source>The server answered page %1 when asked for page %2: it does not page this list as documented, so the list cannot be loaded completely.</source>
        <translation>Der Server lieferte Seite %1 auf die Anfrage nach Seite %2: Er blättert diese Liste nicht wie dokumentiert, daher kann sie nicht vollständig geladen werden.</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages; the server's paging cannot be followed.</source>
        <translation>Die Liste endete nicht nach %1 Seiten; dem Blättern des Servers kann nicht gefolgt werden.</translation>
    </message>
    <message>
        <source>The server returned the same items for pages %1 and %2: it ignores the paging parameters, so the list cannot be loaded completely.</source>
        <translation>Der Server lieferte für die Seiten %1 und %2 dieselben Einträge: Er ignoriert die Seitenparameter, daher kann die Liste nicht vollständig geladen werden.</translation>
    </message>
</context>
<context>
    <name>pmp::api::PatchApprovalRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to approve.</source>
        <translation>patchids ist leer: Wählen Sie mindestens einen zu genehmigenden Patch aus.</translation>
    </message>
    <message>
        <source>patchids is empty: select at least one patch to unapprove.</source>
        <translation>patchids ist leer: Wählen Sie mindestens einen Patch aus, dessen Genehmigung aufgehoben werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es) for all computers</source>
        <translation>
            <numerusform>%n Patch für alle Computer genehmigen</numerusform>
            <numerusform>%n Patches für alle Computer genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es) for all computers</source>
        <translation>
            <numerusform>Genehmigung von %n Patch für alle Computer aufheben</numerusform>
            <numerusform>Genehmigung von %n Patches für alle Computer aufheben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::RequestRules</name>
    <message>
        <source>%1 is empty: select at least one item.</source>
        <translation>%1 ist leer: Wählen Sie mindestens einen Eintrag aus.</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not a valid id (ids are positive numbers).</source>
        <translation>%1 enthält %2, was keine gültige ID ist (IDs sind positive Zahlen).</translation>
    </message>
    <message>
        <source>%1 lists id %2 more than once.</source>
        <translation>%1 führt die ID %2 mehrfach auf.</translation>
    </message>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 enthält einen leeren Namen.</translation>
    </message>
    <message>
        <source>%1 lists “%2” more than once.</source>
        <translation>%1 führt „%2“ mehrfach auf.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names that was cut short</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>count phrase, then the names</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a summary followed by one more of its clauses</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
        <translation>DeploymentPolicyTemplateID %1 ist keine gültige Richtlinien-ID.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResponseParser</name>
    <message>
        <source>The server is throttling requests (it sent a "%1" page); try again shortly.</source>
        <translation>Der Server drosselt Anfragen (er sandte eine Seite „%1“); versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>The server sent a web page ("%1") where data was expected. A proxy or login page may be in the way.</source>
        <translation>Der Server sandte eine Webseite („%1“), wo Daten erwartet wurden. Möglicherweise steht ein Proxy oder eine Anmeldeseite im Weg.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>Der Server sandte eine leere Antwort.</translation>
    </message>
    <message>
        <source>The reply is a list where a single object was expected.</source>
        <translation>Die Antwort ist eine Liste, wo ein einzelnes Objekt erwartet wurde.</translation>
    </message>
    <message>
        <source>The reply has no "message_response"; it does not look like a %1 reply.</source>
        <translation>Die Antwort hat kein „message_response“; sie sieht nicht wie eine %1-Antwort aus.</translation>
    </message>
    <message>
        <source>The reply has no "%1" data.</source>
        <translation>Die Antwort enthält keine „%1“-Daten.</translation>
    </message>
    <message>
        <source>"%1" is not a list.</source>
        <translation>„%1“ ist keine Liste.</translation>
    </message>
    <message>
        <source>The reply has no "%1" list.</source>
        <translation>Die Antwort enthält keine „%1“-Liste.</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object.</source>
        <translation>Eintrag %1 der Liste ist kein Objekt.</translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected (%1).</source>
        <translation>Die Sitzung ist abgelaufen oder das Token wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server is throttling requests: %1</source>
        <translation>Der Server drosselt Anfragen: %1</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Der Server hat diese Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Der Server meldete einen Fehler (%1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected.</source>
        <translation>Die Sitzung ist abgelaufen oder das Token wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server is throttling requests; try again shortly.</source>
        <translation>Der Server drosselt Anfragen; versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>Access denied: the token lacks the permission (scope) for this operation.</source>
        <translation>Zugriff verweigert: Dem Token fehlt die Berechtigung (Scope) für diesen Vorgang.</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The server reported error %1.</source>
        <translation>Der Server meldete Fehler %1.</translation>
    </message>
    <message>
        <source>The server does not offer this operation (HTTP 404).</source>
        <translation>Der Server bietet diesen Vorgang nicht an (HTTP 404).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Der Server hatte ein internes Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The reply was cut off after %1 bytes (incomplete data).</source>
        <translation>Die Antwort wurde nach %1 Bytes abgeschnitten (unvollständige Daten).</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Access was denied by something between PatchDeck and the server (it sent a "%1" page): a proxy or firewall may need to allow it.</source>
        <translation>Der Zugriff wurde von etwas zwischen PatchDeck und dem Server verweigert (es sandte eine Seite „%1“): Ein Proxy oder eine Firewall muss ihn möglicherweise zulassen.</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResultParsers</name>
    <message>
        <source>The %1 reply is not an object.</source>
        <translation>Die %1-Antwort ist kein Objekt.</translation>
    </message>
    <message>
        <source>Report row %1 is not an object.</source>
        <translation>Berichtszeile %1 ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanAllComputersRequest</name>
    <message>
        <source>Scan all computers for missing patches</source>
        <translation>Alle Computer auf fehlende Patches scannen</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanComputersRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer to scan.</source>
        <translation>resourceids ist leer: Wählen Sie mindestens einen zu scannenden Computer aus.</translation>
    </message>
    <message>
        <source>Scan %1 for missing patches</source>
        <translation>%1 auf fehlende Patches scannen</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n Computer</numerusform>
            <numerusform>%n Computer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::Transport</name>
    <message>
        <source>Refusing to send credentials over unencrypted HTTP to %1; use https.</source>
        <translation>Anmeldedaten werden nicht über unverschlüsseltes HTTP an %1 gesendet; verwenden Sie https.</translation>
    </message>
    <message>
        <source>The server address "%1" is not a valid https URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige https-URL.</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: the server may have carried it out.</source>
        <translation>Nach dem Senden abgebrochen: Der Server hat die Anfrage möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s nach dem Senden: Die Aktion wurde möglicherweise ausgeführt oder auch nicht. Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>Die Verbindung zu %1 brach nach dem Senden ab: Die Aktion wurde möglicherweise ausgeführt oder auch nicht. Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Seinem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS).</source>
        <translation>Der Server %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>The server's answer was unreadable (%1): the action may or may not have happened. It was not sent again.</source>
        <translation>Die Antwort des Servers war unlesbar (%1): Die Aktion wurde möglicherweise ausgeführt oder auch nicht. Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB and was not read: the action may or may not have happened. It was not sent again.</source>
        <translation>Die Antwort des Servers war größer als %1 MB und wurde nicht gelesen: Die Aktion wurde möglicherweise ausgeführt oder auch nicht. Sie wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB, far more than a page of this list can be; it was not read.</source>
        <translation>Die Antwort des Servers war größer als %1 MB, weit mehr, als eine Seite dieser Liste sein kann; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>a different address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; PatchDeck does not send your sign-in to another address. Check the server address in the profile.</source>
        <translation>Der Server hat die Anfrage an %1 umgeleitet; PatchDeck sendet Ihre Anmeldung nicht an eine andere Adresse. Prüfen Sie die Serveradresse im Profil.</translation>
    </message>
    <message>
        <source>The server refused the request although the sign-in was just renewed: the account may not be allowed to do this (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt, obwohl die Anmeldung gerade erneuert wurde: Das Konto darf dies möglicherweise nicht (%1).</translation>
    </message>
</context>
<context>
    <name>pmp::api::UninstallPatchesRequest</name>
    <message>
        <source>PatchIDs is empty: select at least one patch to uninstall.</source>
        <translation>PatchIDs ist leer: Wählen Sie mindestens einen zu deinstallierenden Patch aus.</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName ist erforderlich: Benennen Sie die Konfiguration.</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform muss Deploy, Deploy Immediately oder Draft sein.</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for an uninstall: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID ist für eine Deinstallation erforderlich: Wählen Sie eine Bereitstellungsrichtlinie.</translation>
    </message>
    <message>
        <source>Uninstall %1 from all computers</source>
        <translation>%1 von allen Computern deinstallieren</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n Patch</numerusform>
            <numerusform>%n Patches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::auth::BrowserSignIn</name>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>Geben Sie die Client-ID aus der API-Konsole ein.</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>Der Kontenserver muss eine https-Adresse sein (einfaches http nur für 127.0.0.1).</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again; if the browser did not open, copy the link into it yourself.</source>
        <translation>
            <numerusform>Der Browser kam nicht innerhalb von %n Minute zurück. Starten Sie die Anmeldung erneut; falls sich der Browser nicht geöffnet hat, kopieren Sie den Link selbst hinein.</numerusform>
            <numerusform>Der Browser kam nicht innerhalb von %n Minuten zurück. Starten Sie die Anmeldung erneut; falls sich der Browser nicht geöffnet hat, kopieren Sie den Link selbst hinein.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in response arrived that does not belong to this attempt (state mismatch). It was ignored; still waiting for the browser.</source>
        <translation>Eine Anmeldeantwort kam an, die nicht zu diesem Versuch gehört (State stimmt nicht überein). Sie wurde ignoriert; es wird weiter auf den Browser gewartet.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so PatchDeck is not signed in. To connect, sign in again and choose Accept on Zoho's consent page.</source>
        <translation>Der Zugriff wurde im Browser verweigert, daher ist PatchDeck nicht angemeldet. Melden Sie sich zum Verbinden erneut an und wählen Sie auf der Zustimmungsseite von Zoho „Accept“.</translation>
    </message>
    <message>
        <source>Zoho ended the sign-in with the error "%1".</source>
        <translation>Zoho beendete die Anmeldung mit dem Fehler „%1“.</translation>
    </message>
    <message>
        <source>The sign-in named the accounts server %1, which is not a Zoho accounts server PatchDeck trusts. The code was not sent there.</source>
        <translation>Die Anmeldung nannte den Kontenserver %1, der kein Zoho-Kontenserver ist, dem PatchDeck vertraut. Der Code wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Zoho issued no refresh token, so the session would end within an hour. Revoke PatchDeck's earlier access in your Zoho account (Connected Apps) and sign in again.</source>
        <translation>Zoho hat kein Aktualisierungstoken ausgestellt, daher würde die Sitzung innerhalb einer Stunde enden. Widerrufen Sie den früheren Zugriff von PatchDeck in Ihrem Zoho-Konto (Connected Apps) und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::CallbackRequest</name>
    <message>
        <source>not an HTTP request</source>
        <translation>keine HTTP-Anfrage</translation>
    </message>
    <message>
        <source>unexpected Host header</source>
        <translation>unerwarteter Host-Header</translation>
    </message>
    <message>
        <source>not a GET request for a local path</source>
        <translation>keine GET-Anfrage für einen lokalen Pfad</translation>
    </message>
    <message>
        <source>the state does not match this sign-in attempt</source>
        <translation>der State passt nicht zu diesem Anmeldeversuch</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein State</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
</context>
<context>
    <name>pmp::auth::DataCentre</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
</context>
<context>
    <name>pmp::auth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, so the redirect from the browser cannot be received. Close the program using it, or register another port.</source>
        <translation>Port %1 auf 127.0.0.1 wird bereits verwendet, daher kann die Weiterleitung aus dem Browser nicht empfangen werden. Schließen Sie das Programm, das ihn verwendet, oder registrieren Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Auf 127.0.0.1 kann nicht gelauscht werden: %1</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>sign-in already completed</source>
        <translation>Anmeldung bereits abgeschlossen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 received the sign-in. You can close this tab and return to %1.</source>
        <translation>%1 hat die Anmeldung erhalten. Sie können diesen Tab schließen und zu %1 zurückkehren.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Zugriff nicht gewährt</translation>
    </message>
    <message>
        <source>You declined the access request, so %1 is not signed in. You can close this tab; %1 explains what to do next.</source>
        <translation>Sie haben die Zugriffsanfrage abgelehnt, daher ist %1 nicht angemeldet. Sie können diesen Tab schließen; %1 erklärt, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in ended with the error "%1". You can close this tab and return to %2.</source>
        <translation>Die Anmeldung endete mit dem Fehler „%1“. Sie können diesen Tab schließen und zu %2 zurückkehren.</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in %1 is waiting for (the state does not match), so it was ignored. Start the sign-in again from %1 if needed.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die %1 wartet (der State stimmt nicht überein), daher wurde sie ignoriert. Starten Sie die Anmeldung bei Bedarf erneut aus %1.</translation>
    </message>
    <message>
        <source>This sign-in was already completed. You can close this tab.</source>
        <translation>Diese Anmeldung wurde bereits abgeschlossen. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response for %1.</source>
        <translation>Diese Adresse empfängt nur die Anmeldeantwort für %1.</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>Keine Anmeldeantwort</translation>
    </message>
</context>
<context>
    <name>pmp::auth::NetworkSettings</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER expected).</source>
        <translation>Die Datei %1 enthält kein Zertifikat (PEM oder DER erwartet).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OAuthAuthenticator</name>
    <message>
        <source>The session of "%1" has ended: Zoho no longer accepts its sign-in (it was revoked, or the client changed). Sign in again.</source>
        <translation>Die Sitzung von „%1“ ist beendet: Zoho akzeptiert ihre Anmeldung nicht mehr (sie wurde widerrufen oder der Client wurde geändert). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Zoho's limit on new access tokens is reached; PatchDeck will try again at %1.</source>
        <translation>Zohos Limit für neue Zugriffstoken ist erreicht; PatchDeck versucht es um %1 erneut.</translation>
    </message>
    <message>
        <source>The session could not be renewed; PatchDeck will try again at %1.</source>
        <translation>Die Sitzung konnte nicht erneuert werden; PatchDeck versucht es um %1 erneut.</translation>
    </message>
    <message>
        <source>Zoho allows %1 new access tokens per %2 minutes for one sign-in, and that limit is reached. PatchDeck will try again at %3.</source>
        <translation>Zoho erlaubt %1 neue Zugriffstoken pro %2 Minuten für eine Anmeldung, und dieses Limit ist erreicht. PatchDeck versucht es um %3 erneut.</translation>
    </message>
    <message>
        <source>Could not renew the session with %1 (%2). PatchDeck will try again at %3.</source>
        <translation>Die Sitzung mit %1 konnte nicht erneuert werden (%2). PatchDeck versucht es um %3 erneut.</translation>
    </message>
    <message>
        <source>This profile signs in with a Self Client code, which cannot be extended from here. Generate a new code in the API console with these scopes added, and sign in again: %1</source>
        <translation>Dieses Profil meldet sich mit einem Self-Client-Code an, der sich von hier aus nicht erweitern lässt. Erzeugen Sie in der API-Konsole einen neuen Code mit diesen zusätzlichen Scopes und melden Sie sich erneut an: %1</translation>
    </message>
    <message>
        <source>The additional permission was not granted in the browser, so the action was not sent.</source>
        <translation>Die zusätzliche Berechtigung wurde im Browser nicht erteilt, daher wurde die Aktion nicht gesendet.</translation>
    </message>
    <message>
        <source>The sign-in of "%1" names the accounts server %2, which is not a Zoho accounts server PatchDeck trusts, so its tokens were not sent there. Sign in again.</source>
        <translation>Die Anmeldung von „%1“ nennt den Kontenserver %2, der kein Zoho-Kontenserver ist, dem PatchDeck vertraut, daher wurden seine Token nicht dorthin gesendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OnPremisesSignIn</name>
    <message>
        <source>Enter the server's address, for example https://patch.example.com:8383.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://patch.example.com:8383.</translation>
    </message>
    <message>
        <source>PatchDeck sends the API token only over https (plain http only to 127.0.0.1). Use the server's https port (8383 by default).</source>
        <translation>PatchDeck sendet das API-Token nur über https (einfaches http nur an 127.0.0.1). Verwenden Sie den https-Port des Servers (standardmäßig 8383).</translation>
    </message>
    <message>
        <source>Paste the API token created on the server (Admin → Integrations → API Key Management).</source>
        <translation>Fügen Sie das auf dem Server erstellte API-Token ein (Admin → Integrations → API Key Management).</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Kein Netzwerkzugang.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not accept this API token. Check it on the server (Admin → Integrations → API Key Management) and paste it again.</source>
        <translation>%1 hat dieses API-Token nicht akzeptiert. Prüfen Sie es auf dem Server (Admin → Integrations → API Key Management) und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Patch Manager Plus server would: %2</source>
        <translation>%1 hat geantwortet, aber nicht wie ein Patch Manager Plus-Server: %2</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SelfClientSignIn</name>
    <message>
        <source>Enter the Self Client's client id (API console → Self Client → Client Secret tab).</source>
        <translation>Geben Sie die Client-ID des Self Clients ein (API-Konsole → Self Client → Registerkarte „Client Secret“).</translation>
    </message>
    <message>
        <source>Enter the Self Client's client secret (API console → Self Client → Client Secret tab).</source>
        <translation>Geben Sie das Client-Secret des Self Clients ein (API-Konsole → Self Client → Registerkarte „Client Secret“).</translation>
    </message>
    <message>
        <source>Paste the code generated in the API console (Self Client → Generate Code).</source>
        <translation>Fügen Sie den in der API-Konsole erzeugten Code ein (Self Client → Generate Code).</translation>
    </message>
    <message>
        <source>The code contains spaces; paste only the code itself.</source>
        <translation>Der Code enthält Leerzeichen; fügen Sie nur den Code selbst ein.</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>Der Kontenserver muss eine https-Adresse sein (einfaches http nur für 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SessionManager</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the sign-in of "%1" cannot be read: %2</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher kann die Anmeldung von „%1“ nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>"%1" kept its sign-in for one session only. Sign in again.</source>
        <translation>„%1“ hat seine Anmeldung nur für eine Sitzung behalten. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>"%1" is not signed in. Sign in to continue.</source>
        <translation>„%1“ ist nicht angemeldet. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it works until PatchDeck closes.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1); sie gilt, bis PatchDeck geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignInError</name>
    <message>
        <source>This code has expired or was already used. A Self Client code works once, and only for the time chosen when it was generated. Generate a new code in the API console (Self Client → Generate Code) and paste it here right away.</source>
        <translation>Dieser Code ist abgelaufen oder wurde bereits verwendet. Ein Self-Client-Code funktioniert einmal und nur für die beim Erzeugen gewählte Dauer. Erzeugen Sie in der API-Konsole einen neuen Code (Self Client → Generate Code) und fügen Sie ihn sofort hier ein.</translation>
    </message>
    <message>
        <source>The sign-in code expired or was already used before PatchDeck could exchange it (Zoho codes are valid for about two minutes, once). Sign in again.</source>
        <translation>Der Anmeldecode ist abgelaufen oder wurde bereits verwendet, bevor PatchDeck ihn einlösen konnte (Zoho-Codes gelten einmalig etwa zwei Minuten). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Zoho did not accept the client id or client secret. Copy both again from the API console's Client Secret tab, and check that the client was created in this data centre (or has multi-DC enabled).</source>
        <translation>Zoho hat die Client-ID oder das Client-Secret nicht akzeptiert. Kopieren Sie beide erneut von der Registerkarte „Client Secret“ der API-Konsole und prüfen Sie, ob der Client in diesem Rechenzentrum erstellt wurde (oder Multi-DC aktiviert hat).</translation>
    </message>
    <message>
        <source>The redirect URI registered for this client differs from the one PatchDeck uses. Register exactly the URI shown in the help, including the port.</source>
        <translation>Die für diesen Client registrierte Weiterleitungs-URI unterscheidet sich von der, die PatchDeck verwendet. Registrieren Sie genau die in der Hilfe gezeigte URI, einschließlich des Ports.</translation>
    </message>
    <message>
        <source>Zoho refused to issue more tokens for now (too many requests). Wait ten minutes and try again.</source>
        <translation>Zoho stellt vorerst keine weiteren Token aus (zu viele Anfragen). Warten Sie zehn Minuten und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignOut</name>
    <message>
        <source>Signed out of "%1". Its tokens were removed from this computer.</source>
        <translation>Von „%1“ abgemeldet. Seine Token wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>Signed out of "%1" on this computer, but Zoho could not be told (%2). To be sure, remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Auf diesem Computer von „%1“ abgemeldet, aber Zoho konnte nicht benachrichtigt werden (%2). Entfernen Sie PatchDeck zur Sicherheit unter Connected Apps in Ihrem Zoho-Konto.</translation>
    </message>
    <message>
        <source>Signed out of "%1".</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>%1 is not a Zoho accounts server PatchDeck trusts, so the token was not sent there</source>
        <translation>%1 ist kein Zoho-Kontenserver, dem PatchDeck vertraut, daher wurde das Token nicht dorthin gesendet</translation>
    </message>
    <message>
        <source>Signed out of "%1": PatchDeck no longer holds its tokens in memory, but did not remove them from the keychain. %2 Any copy stored there stays; to remove it, delete the entry "%3" of "%4" with your keychain's manager.</source>
        <translation>Von „%1“ abgemeldet: PatchDeck hält seine Token nicht mehr im Speicher, hat sie aber nicht aus dem Schlüsselbund entfernt. %2 Eine dort gespeicherte Kopie bleibt erhalten; um sie zu entfernen, löschen Sie den Eintrag „%3“ von „%4“ mit der Verwaltung Ihres Schlüsselbunds.</translation>
    </message>
    <message>
        <source>Zoho revoked the sign-in, so such a copy no longer works.</source>
        <translation>Zoho hat die Anmeldung widerrufen, daher funktioniert eine solche Kopie nicht mehr.</translation>
    </message>
    <message>
        <source>Zoho could not be told either (%1): remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Auch Zoho konnte nicht benachrichtigt werden (%1): Entfernen Sie PatchDeck unter Connected Apps in Ihrem Zoho-Konto.</translation>
    </message>
    <message>
        <source>Zoho was not told to revoke the sign-in (PatchDeck had no token to send): remove PatchDeck under Connected Apps in your Zoho account to end it.</source>
        <translation>Zoho wurde nicht aufgefordert, die Anmeldung zu widerrufen (PatchDeck hatte kein Token zum Senden): Entfernen Sie PatchDeck unter Connected Apps in Ihrem Zoho-Konto, um sie zu beenden.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TlsFailure</name>
    <message>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation>Ausstellerzertifikat %1:</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>Die sichere Verbindung zu %1 wurde abgelehnt: %2.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenEndpoint</name>
    <message>
        <source>Refusing to send sign-in secrets to %1: the accounts server must use https.</source>
        <translation>Anmeldegeheimnisse werden nicht an %1 gesendet: Der Kontenserver muss https verwenden.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Kein Netzwerkzugang.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The accounts server refused to issue more tokens for now (too many requests).</source>
        <translation>Der Kontenserver stellt vorerst keine weiteren Token aus (zu viele Anfragen).</translation>
    </message>
    <message>
        <source>The code or token is no longer valid (it expired, was already used, or was revoked).</source>
        <translation>Der Code oder das Token ist nicht mehr gültig (abgelaufen, bereits verwendet oder widerrufen).</translation>
    </message>
    <message>
        <source>The client id or client secret was not accepted. Check them in the API console, and that the client belongs to this data centre (or has multi-DC enabled).</source>
        <translation>Die Client-ID oder das Client-Secret wurde nicht akzeptiert. Prüfen Sie beide in der API-Konsole und ob der Client zu diesem Rechenzentrum gehört (oder Multi-DC aktiviert hat).</translation>
    </message>
    <message>
        <source>The redirect URI does not match the one registered for this client.</source>
        <translation>Die Weiterleitungs-URI stimmt nicht mit der für diesen Client registrierten überein.</translation>
    </message>
    <message>
        <source>The accounts server answered "%1".</source>
        <translation>Der Kontenserver antwortete „%1“.</translation>
    </message>
    <message>
        <source>The accounts server answered "%1": %2</source>
        <translation>Der Kontenserver antwortete „%1“: %2</translation>
    </message>
    <message>
        <source>The accounts server sent an unexpected answer (HTTP %1).</source>
        <translation>Der Kontenserver sandte eine unerwartete Antwort (HTTP %1).</translation>
    </message>
    <message>
        <source>The accounts server's answer contains no access token (HTTP %1).</source>
        <translation>Die Antwort des Kontenservers enthält kein Zugriffstoken (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenStore</name>
    <message>
        <source>No keychain service is available on this computer (%1).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbunddienst verfügbar (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Er ist möglicherweise gesperrt.</translation>
    </message>
    <message>
        <source>This system has no supported keychain.</source>
        <translation>Dieses System hat keinen unterstützten Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keychain (Secret Service) can be reached.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, daher ist kein Schlüsselbund (Secret Service) erreichbar.</translation>
    </message>
    <message>
        <source>The D-Bus session bus does not answer.</source>
        <translation>Der D-Bus-Sitzungsbus antwortet nicht.</translation>
    </message>
    <message>
        <source>No Secret Service (org.freedesktop.secrets) and no KWallet is running on the D-Bus session bus. Install and start GNOME Keyring or KWallet to keep tokens between sessions.</source>
        <translation>Auf dem D-Bus-Sitzungsbus läuft weder ein Secret Service (org.freedesktop.secrets) noch KWallet. Installieren und starten Sie GNOME Keyring oder KWallet, um Token zwischen Sitzungen zu behalten.</translation>
    </message>
    <message>
        <source>No tokens are kept for this profile in this session.</source>
        <translation>Für dieses Profil werden in dieser Sitzung keine Token gehalten.</translation>
    </message>
    <message>
        <source>The keychain entry for this profile is damaged; sign in again.</source>
        <translation>Der Schlüsselbundeintrag für dieses Profil ist beschädigt; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for its password, or its service may not be running.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Er ist möglicherweise gesperrt und wartet auf sein Kennwort, oder sein Dienst läuft nicht.</translation>
    </message>
    <message>
        <source>No tokens are stored for this profile.</source>
        <translation>Für dieses Profil sind keine Token gespeichert.</translation>
    </message>
    <message>
        <source>This session keeps its sign-in in memory only, so PatchDeck did not touch the keychain.</source>
        <translation>Diese Sitzung hält ihre Anmeldung nur im Speicher, daher hat PatchDeck den Schlüsselbund nicht angerührt.</translation>
    </message>
</context>
<context>
    <name>pmp::models</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>pmp::models::CodeTable</name>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Anfällig</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Hochgradig anfällig</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht gescannt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Noch zu installieren</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Deinstalliert</translation>
    </message>
    <message>
        <source>Yet to uninstall</source>
        <translation>Noch zu deinstallieren</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>Deinstallation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Nicht verwaltet</translation>
    </message>
    <message>
        <source>Managed by SDP</source>
        <translation>Von SDP verwaltet</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Yet to download</source>
        <translation>Noch herunterzuladen</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation>Self-Service-Portal</translation>
    </message>
    <message>
        <source>Deploy and self-service portal</source>
        <translation>Bereitstellen und Self-Service-Portal</translation>
    </message>
</context>
<context>
    <name>pmp::models::Columns</name>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>Remote-Standort</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>Live-Status</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Agentenversion</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Logged-on users</source>
        <translation>Angemeldete Benutzer</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>Service Pack</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>BS-Version</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Agent installed</source>
        <translation>Agent installiert</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>Letzter Start</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Distribution server</source>
        <translation>Verteilungsserver</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>Server-IP</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Replication policy</source>
        <translation>Replikationsrichtlinie</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Proxyserver</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Office ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Missing OS patches</source>
        <translation>Fehlende BS-Patches</translation>
    </message>
    <message>
        <source>Missing third-party</source>
        <translation>Fehlende Drittanbieter</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>Zuletzt gepatcht</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Installed OS patches</source>
        <translation>Installierte BS-Patches</translation>
    </message>
    <message>
        <source>Installed third-party</source>
        <translation>Installierte Drittanbieter</translation>
    </message>
    <message>
        <source>Last successful scan</source>
        <translation>Letzter erfolgreicher Scan</translation>
    </message>
    <message>
        <source>Scan remarks</source>
        <translation>Scan-Anmerkungen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC-Adressen</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Missing on</source>
        <translation>Fehlt auf</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installiert auf</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>Fehlgeschlagen auf</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallation</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>Unterstützt seit</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>Patch-ID</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>Noch anzuwenden</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>Konfigurations-ID</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
</context>
<context>
    <name>pmp::models::Nouns</name>
    <message>
        <source>computers</source>
        <translation>Computer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s)</source>
        <translation>
            <numerusform>%Ln Computer</numerusform>
            <numerusform>%Ln Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>remote offices</source>
        <translation>Remote-Standorte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln remote office(s)</source>
        <translation>
            <numerusform>%Ln Remote-Standort</numerusform>
            <numerusform>%Ln Remote-Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln System</numerusform>
            <numerusform>%Ln Systeme</numerusform>
        </translation>
    </message>
    <message>
        <source>patches</source>
        <translation>Patches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch(es)</source>
        <translation>
            <numerusform>%Ln Patch</numerusform>
            <numerusform>%Ln Patches</numerusform>
        </translation>
    </message>
    <message>
        <source>patch statuses</source>
        <translation>Patch-Status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch status(es)</source>
        <translation>
            <numerusform>%Ln Patch-Status</numerusform>
            <numerusform>%Ln Patch-Status</numerusform>
        </translation>
    </message>
    <message>
        <source>policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(-ies)</source>
        <translation>
            <numerusform>%Ln Richtlinie</numerusform>
            <numerusform>%Ln Richtlinien</numerusform>
        </translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln Konfiguration</numerusform>
            <numerusform>%Ln Konfigurationen</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::models::RecordTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>%1
Server value: %2</source>
        <translation>%1
Serverwert: %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Server field: %1</source>
        <translation>Serverfeld: %1</translation>
    </message>
    <message>
        <source>Changed since %1
Before: %2
Now: %3</source>
        <translation>Geändert seit %1
Vorher: %2
Jetzt: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>pmp::models::Views</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Systems and health</source>
        <translation>Systeme und Integrität</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Patches</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Remote-Standorte</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Systemintegrität</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Scanstatus</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Fehlende Patches</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Installierte Patches</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Anwendbare Patches</translation>
    </message>
    <message>
        <source>Supported patches</source>
        <translation>Unterstützte Patches</translation>
    </message>
    <message>
        <source>Downloaded patches</source>
        <translation>Heruntergeladene Patches</translation>
    </message>
    <message>
        <source>Patch status by computer</source>
        <translation>Patch-Status nach Computer</translation>
    </message>
    <message>
        <source>Deployment policies</source>
        <translation>Bereitstellungsrichtlinien</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>System report</source>
        <translation>Systembericht</translation>
    </message>
    <message>
        <source>Failures and reboots</source>
        <translation>Fehler und Neustarts</translation>
    </message>
    <message>
        <source>Patches by CVE</source>
        <translation>Patches nach CVE</translation>
    </message>
</context>
<context>
    <name>pmp::store::ActionJournal</name>
    <message>
        <source>PatchDeck stopped before the server's answer arrived. Check on the server whether this action took effect.</source>
        <translation>PatchDeck wurde beendet, bevor die Antwort des Servers eintraf. Prüfen Sie auf dem Server, ob diese Aktion wirksam wurde.</translation>
    </message>
</context>
<context>
    <name>pmp::store::ApdTask</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>pmp::store::Database</name>
    <message>
        <source>PatchDeck could not create its local cache (%1), so nothing is cached this session.</source>
        <translation>PatchDeck konnte seinen lokalen Cache nicht anlegen (%1), daher wird in dieser Sitzung nichts zwischengespeichert.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>Der lokale Cache unter %1 konnte nicht angelegt werden. PatchDeck hält die Daten dieser Sitzung nur im Speicher.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be opened. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>Der lokale Cache unter %1 konnte nicht geöffnet werden. PatchDeck hält die Daten dieser Sitzung nur im Speicher und lässt die Datei unverändert.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and could not be moved aside. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>Der lokale Cache unter %1 konnte nicht gelesen und nicht beiseitegelegt werden. PatchDeck hält die Daten dieser Sitzung nur im Speicher und lässt die Datei unverändert.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2, but a new cache could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>Der lokale Cache unter %1 konnte nicht gelesen werden und wurde nach %2 verschoben, aber ein neuer Cache konnte nicht angelegt werden. PatchDeck hält die Daten dieser Sitzung nur im Speicher.</translation>
    </message>
    <message>
        <source>The file at %1 is not a PatchDeck cache and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>Die Datei unter %1 ist kein PatchDeck-Cache und wurde nach %2 verschoben; PatchDeck beginnt mit einem leeren Cache.</translation>
    </message>
    <message>
        <source>The local cache at %1 was written by a newer version of PatchDeck and was moved aside to %2 rather than downgraded; PatchDeck starts with an empty cache.</source>
        <translation>Der lokale Cache unter %1 wurde von einer neueren PatchDeck-Version geschrieben und nach %2 verschoben statt herabgestuft; PatchDeck beginnt mit einem leeren Cache.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be upgraded to this version of PatchDeck and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>Der lokale Cache unter %1 konnte nicht auf diese PatchDeck-Version aktualisiert werden und wurde nach %2 verschoben; PatchDeck beginnt mit einem leeren Cache.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>Der lokale Cache unter %1 konnte nicht gelesen werden und wurde nach %2 verschoben; PatchDeck beginnt mit einem leeren Cache.</translation>
    </message>
</context>
<context>
    <name>pmp::store::JournalEntry</name>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>pmp::store::SavedView</name>
    <message>
        <source>This is not a PatchDeck saved view (its "format" is not "%1").</source>
        <translation>Dies ist keine gespeicherte PatchDeck-Ansicht (ihr „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>This saved view has version %1; this PatchDeck reads version %2.</source>
        <translation>Diese gespeicherte Ansicht hat Version %1; dieses PatchDeck liest Version %2.</translation>
    </message>
    <message>
        <source>The saved view has no name.</source>
        <translation>Die gespeicherte Ansicht hat keinen Namen.</translation>
    </message>
    <message>
        <source>The saved view "%1" names no view.</source>
        <translation>Die gespeicherte Ansicht „%1“ nennt keine Ansicht.</translation>
    </message>
    <message>
        <source>The saved view "%1" is of the view "%2", which this PatchDeck does not have.</source>
        <translation>Die gespeicherte Ansicht „%1“ gehört zur Ansicht „%2“, die dieses PatchDeck nicht hat.</translation>
    </message>
    <message>
        <source>The saved view "%1" has filters that are not an object.</source>
        <translation>Die gespeicherte Ansicht „%1“ hat Filter, die kein Objekt sind.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a filter "%2" whose value is not text.</source>
        <translation>Die gespeicherte Ansicht „%1“ hat einen Filter „%2“, dessen Wert kein Text ist.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a search that is not text.</source>
        <translation>Die gespeicherte Ansicht „%1“ hat eine Suche, die kein Text ist.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort column that is not a column number.</source>
        <translation>Die gespeicherte Ansicht „%1“ hat eine Sortierspalte, die keine Spaltennummer ist.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort order "%2"; it must be ascending or descending.</source>
        <translation>Die gespeicherte Ansicht „%1“ hat die Sortierfolge „%2“; sie muss ascending oder descending sein.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a column layout that is not text.</source>
        <translation>Die gespeicherte Ansicht „%1“ hat ein Spaltenlayout, das kein Text ist.</translation>
    </message>
    <message>
        <source>This is not a PatchDeck saved view: it is not a JSON object (%1).</source>
        <translation>Dies ist keine gespeicherte PatchDeck-Ansicht: Es ist kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>pmp::store::SummaryMetric</name>
    <message>
        <source>Missing critical patches</source>
        <translation>Fehlende kritische Patches</translation>
    </message>
    <message>
        <source>Missing important patches</source>
        <translation>Fehlende wichtige Patches</translation>
    </message>
    <message>
        <source>Missing moderate patches</source>
        <translation>Fehlende mittlere Patches</translation>
    </message>
    <message>
        <source>Missing low patches</source>
        <translation>Fehlende niedrige Patches</translation>
    </message>
    <message>
        <source>Missing unrated patches</source>
        <translation>Fehlende nicht bewertete Patches</translation>
    </message>
    <message>
        <source>Missing patches (all severities)</source>
        <translation>Fehlende Patches (alle Schweregrade)</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Fehlende Patches</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Installierte Patches</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Anwendbare Patches</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Hochgradig anfällige Systeme</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>Anfällige Systeme</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>Fehlerfreie Systeme</translation>
    </message>
    <message>
        <source>Systems with unknown health</source>
        <translation>Systeme mit unbekannter Integrität</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Unscanned systems</source>
        <translation>Nicht gescannte Systeme</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>Fehlgeschlagene Scans</translation>
    </message>
    <message>
        <source>Agents live</source>
        <translation>Agenten online</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>Agenten offline</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Agents installed</source>
        <translation>Installierte Agenten</translation>
    </message>
    <message>
        <source>No contact for over 30 days</source>
        <translation>Seit über 30 Tagen kein Kontakt</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>Systeme mit fehlgeschlagenen Verteilungen</translation>
    </message>
</context>
<context>
    <name>pmp::store::Workspace</name>
    <message>
        <source>Another PatchDeck (process %1) has this profile open. This window works too, but writes still in progress there are left alone here: check the action journal in the other window.</source>
        <translation>Ein anderes PatchDeck (Prozess %1) hat dieses Profil geöffnet. Dieses Fenster funktioniert ebenfalls, aber dort laufende Schreibvorgänge werden hier nicht angerührt: Prüfen Sie das Aktionsprotokoll im anderen Fenster.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionCentre</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Add an existing task</source>
        <translation>Vorhandene Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>The task's name, exactly as the web console shows it:</source>
        <translation>Der Name der Aufgabe, genau so, wie die Webkonsole ihn anzeigt:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>select patches first</source>
        <translation>erst Patches auswählen</translation>
    </message>
    <message>
        <source>select computers first</source>
        <translation>erst Computer auswählen</translation>
    </message>
    <message>
        <source>Install selected patches…</source>
        <translation>Ausgewählte Patches installieren…</translation>
    </message>
    <message>
        <source>Install the selected patch on the selected computers…</source>
        <translation>Den ausgewählten Patch auf den ausgewählten Computern installieren…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es) on the selected computers…</source>
        <translation>
            <numerusform>Den %n ausgewählten Patch auf den ausgewählten Computern installieren…</numerusform>
            <numerusform>Die %n ausgewählten Patches auf den ausgewählten Computern installieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the selected patch…</source>
        <translation>Den ausgewählten Patch installieren…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es)…</source>
        <translation>
            <numerusform>Den %n ausgewählten Patch installieren…</numerusform>
            <numerusform>Die %n ausgewählten Patches installieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>Patches genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es)</source>
        <translation>
            <numerusform>%n Patch genehmigen</numerusform>
            <numerusform>%n Patches genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>Genehmigung von Patches aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es)</source>
        <translation>
            <numerusform>Genehmigung von %n Patch aufheben</numerusform>
            <numerusform>Genehmigung von %n Patches aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline patches…</source>
        <translation>Patches ablehnen…</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es)…</source>
        <translation>
            <numerusform>%n Patch ablehnen…</numerusform>
            <numerusform>%n Patches ablehnen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall patches from all computers…</source>
        <translation>Patches von allen Computern deinstallieren…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall %n patch(es) from all computers…</source>
        <translation>
            <numerusform>%n Patch von allen Computern deinstallieren…</numerusform>
            <numerusform>%n Patches von allen Computern deinstallieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install missing patches on computers…</source>
        <translation>Fehlende Patches auf Computern installieren…</translation>
    </message>
    <message numerus="yes">
        <source>Install missing patches on %n computer(s)…</source>
        <translation>
            <numerusform>Fehlende Patches auf %n Computer installieren…</numerusform>
            <numerusform>Fehlende Patches auf %n Computern installieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan computers for missing patches</source>
        <translation>Computer auf fehlende Patches scannen</translation>
    </message>
    <message numerus="yes">
        <source>Scan %n computer(s) for missing patches</source>
        <translation>
            <numerusform>%n Computer auf fehlende Patches scannen</numerusform>
            <numerusform>%n Computer auf fehlende Patches scannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the agent</source>
        <translation>Den Agenten installieren</translation>
    </message>
    <message numerus="yes">
        <source>Install the agent on %n computer(s)</source>
        <translation>
            <numerusform>Den Agenten auf %n Computer installieren</numerusform>
            <numerusform>Den Agenten auf %n Computern installieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall the agent…</source>
        <translation>Den Agenten deinstallieren…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall the agent from %n computer(s)…</source>
        <translation>
            <numerusform>Den Agenten von %n Computer deinstallieren…</numerusform>
            <numerusform>Den Agenten von %n Computern deinstallieren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove computers from Patch Manager Plus…</source>
        <translation>Computer aus Patch Manager Plus entfernen…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n computer(s) from Patch Manager Plus…</source>
        <translation>
            <numerusform>%n Computer aus Patch Manager Plus entfernen…</numerusform>
            <numerusform>%n Computer aus Patch Manager Plus entfernen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>Wählen Sie Computer oder Patches in einer Liste aus, um damit zu arbeiten</translation>
    </message>
    <message>
        <source>Install patches…</source>
        <translation>Patches installieren…</translation>
    </message>
    <message>
        <source>Scan all computers…</source>
        <translation>Alle Computer scannen…</translation>
    </message>
    <message>
        <source>New automatic deployment task…</source>
        <translation>Neue automatische Bereitstellungsaufgabe…</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Automatische Bereitstellungsaufgaben</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>Aktionsprotokoll</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionFormDialog</name>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Check the fields and show exactly what will be sent before anything is sent.</source>
        <translation>Die Felder prüfen und genau anzeigen, was gesendet wird, bevor etwas gesendet wird.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AgentSection</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>Agenteninstallation</translation>
    </message>
    <message>
        <source>Agent live status</source>
        <translation>Live-Status der Agenten</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Last contact with the server</source>
        <translation>Letzter Kontakt mit dem Server</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Noch zu installieren</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Deinstalliert</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>Installation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Installation failed: %1</source>
        <translation>Installation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>Deinstallation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uninstallation failed: %1</source>
        <translation>Deinstallation fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n Computer</numerusform>
            <numerusform>%n Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>≤ 3 days</source>
        <translation>≤ 3 Tage</translation>
    </message>
    <message>
        <source>Contacted the server in the last 3 days: %1</source>
        <translation>Hat in den letzten 3 Tagen den Server kontaktiert: %1</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 Tage</translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation>8–15 Tage</translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation>16–30 Tage</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 Tage</translation>
    </message>
    <message>
        <source>No contact for more than 30 days: %1</source>
        <translation>Seit mehr als 30 Tagen kein Kontakt: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTaskDialog</name>
    <message>
        <source>Patch all applications</source>
        <translation>Alle Anwendungen patchen</translation>
    </message>
    <message>
        <source>Patch only these applications</source>
        <translation>Nur diese Anwendungen patchen</translation>
    </message>
    <message>
        <source>Patch all applications except these</source>
        <translation>Alle Anwendungen außer diesen patchen</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Change automatic deployment task “%1”</source>
        <translation>Automatische Bereitstellungsaufgabe „%1“ ändern</translation>
    </message>
    <message>
        <source>New automatic deployment task</source>
        <translation>Neue automatische Bereitstellungsaufgabe</translation>
    </message>
    <message>
        <source>PatchDeck does not know this task's settings (the API cannot read them). Change only what you want to change: only the settings you edit are sent.</source>
        <translation>PatchDeck kennt die Einstellungen dieser Aufgabe nicht (die API kann sie nicht lesen). Ändern Sie nur, was Sie ändern möchten: Nur die bearbeiteten Einstellungen werden gesendet.</translation>
    </message>
    <message>
        <source>Only the settings you change are sent; the rest stay as they are on the server.</source>
        <translation>Nur die geänderten Einstellungen werden gesendet; der Rest bleibt auf dem Server unverändert.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Updates</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;nwendungen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>e.g. Windows security – pilot ring</source>
        <translation>z. B. Windows-Sicherheit – Pilotgruppe</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>Aufgaben&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>Bereitstellungs&amp;richtlinie:</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Remote-Standorte</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Benutzerdefinierte Gruppen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Target &amp;type:</source>
        <translation>Ziel&amp;typ:</translation>
    </message>
    <message>
        <source>Other targets by name, comma-separated</source>
        <translation>Weitere Ziele nach Name, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>Zi&amp;ele:</translation>
    </message>
    <message>
        <source>Which updates the task deploys. Types that do not exist on the chosen platform are unavailable.</source>
        <translation>Welche Updates die Aufgabe bereitstellt. Typen, die es auf der gewählten Plattform nicht gibt, sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;OS applications:</source>
        <translation>&amp;Betriebssystemanwendungen:</translation>
    </message>
    <message>
        <source>e.g. Windows Defender x64 (comma-separated)</source>
        <translation>z. B. Windows Defender x64 (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Third-&amp;party applications:</source>
        <translation>&amp;Drittanbieteranwendungen:</translation>
    </message>
    <message>
        <source>e.g. Notepad++, 7-Zip (comma-separated)</source>
        <translation>z. B. Notepad++, 7-Zip (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Keine Verzögerung</translation>
    </message>
    <message>
        <source>Delay after the patch is approved</source>
        <translation>Verzögerung nach Genehmigung des Patches</translation>
    </message>
    <message>
        <source>Delay after the patch is released</source>
        <translation>Verzögerung nach Veröffentlichung des Patches</translation>
    </message>
    <message>
        <source>The guide does not say whether the server counts hours or days.</source>
        <translation>Der Leitfaden sagt nicht, ob der Server Stunden oder Tage zählt.</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>Verzö&amp;gerung:</translation>
    </message>
    <message>
        <source>Task expires on</source>
        <translation>Aufgabe läuft ab am</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>A&amp;blauf:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Force deployment on computers still unpatched after a number of days</source>
        <translation>Bereitstellung auf Computern erzwingen, die nach einigen Tagen noch ungepatcht sind</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>Keinen Neustart erzwingen</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>Neustart innerhalb des Bereitstellungsfensters erzwingen</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>Neustart außerhalb des Bereitstellungsfensters erzwingen</translation>
    </message>
    <message>
        <source>Reboot:</source>
        <translation>Neustart:</translation>
    </message>
    <message>
        <source>admin@example.com (several: comma-separated)</source>
        <translation>admin@example.com (mehrere: durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation>&amp;E-Mail an:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>Attach the report</source>
        <translation>Den Bericht anhängen</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Failure notifications</source>
        <translation>Fehlerbenachrichtigungen</translation>
    </message>
    <message>
        <source>E-mail when deployments fail</source>
        <translation>E-Mail, wenn Bereitstellungen fehlschlagen</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>Bereitstellungsbericht</translation>
    </message>
    <message>
        <source>E-mail a report of what was deployed</source>
        <translation>Einen Bericht über das Bereitgestellte per E-Mail senden</translation>
    </message>
    <message>
        <source>Loading the server's names…</source>
        <translation>Namen des Servers werden geladen…</translation>
    </message>
    <message>
        <source>The server lists none; type names below.</source>
        <translation>Der Server listet keine auf; geben Sie unten Namen ein.</translation>
    </message>
    <message>
        <source>Task settings</source>
        <translation>Aufgabeneinstellungen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTasksView</name>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Automatic Patch Deployment tasks deploy patches on a schedule. The API cannot list them, so this page shows the tasks created or changed from this profile, with their last known state; add a task made in the web console by its name to manage it here.</source>
        <translation>Aufgaben der automatischen Patch-Bereitstellung stellen Patches nach Zeitplan bereit. Die API kann sie nicht auflisten, daher zeigt diese Seite die von diesem Profil erstellten oder geänderten Aufgaben mit ihrem letzten bekannten Zustand; fügen Sie eine in der Webkonsole erstellte Aufgabe über ihren Namen hinzu, um sie hier zu verwalten.</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Create a task (createAPDTask).</source>
        <translation>Eine Aufgabe erstellen (createAPDTask).</translation>
    </message>
    <message>
        <source>Add existing task…</source>
        <translation>Vorhandene Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Add a task that exists on the server by its exact name.</source>
        <translation>Eine auf dem Server vorhandene Aufgabe über ihren genauen Namen hinzufügen.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change the task's settings (modifyAPDTask).</source>
        <translation>Die Einstellungen der Aufgabe ändern (modifyAPDTask).</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the task from running until resumed.</source>
        <translation>Die Aufgabe anhalten, bis sie fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Let a suspended task run again.</source>
        <translation>Eine angehaltene Aufgabe wieder laufen lassen.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the task on the server.</source>
        <translation>Die Aufgabe auf dem Server löschen.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove the task from this list only; nothing is sent to the server.</source>
        <translation>Die Aufgabe nur aus dieser Liste entfernen; an den Server wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Deployment policy</source>
        <translation>Bereitstellungsrichtlinie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>No tasks yet. Create one, or add a task that exists on the server by its name.</source>
        <translation>Noch keine Aufgaben. Erstellen Sie eine oder fügen Sie eine auf dem Server vorhandene Aufgabe über ihren Namen hinzu.</translation>
    </message>
    <message>
        <source>Forget task</source>
        <translation>Aufgabe vergessen</translation>
    </message>
    <message>
        <source>Remove “%1” from this list? The task stays on the server as it is.</source>
        <translation>„%1“ aus dieser Liste entfernen? Die Aufgabe bleibt auf dem Server, wie sie ist.</translation>
    </message>
    <message>
        <source>PatchDeck has not seen this task's state: it was added by name, or the answer to the last change was lost.</source>
        <translation>PatchDeck hat den Zustand dieser Aufgabe nicht gesehen: Sie wurde über den Namen hinzugefügt, oder die Antwort auf die letzte Änderung ging verloren.</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Automatische Bereitstellungsaufgaben</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AutoRefresh</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
</context>
<context>
    <name>pmp::ui::BrowserSignInPage</name>
    <message>
        <source>Sign in on Zoho's page in your browser, with a client registered once in the API console. PatchDeck stays signed in for weeks and asks for write permission only when you first need it.</source>
        <translation>Melden Sie sich auf der Zoho-Seite in Ihrem Browser an, mit einem einmalig in der API-Konsole registrierten Client. PatchDeck bleibt wochenlang angemeldet und fragt erst nach Schreibberechtigung, wenn Sie sie zum ersten Mal brauchen.</translation>
    </message>
    <message>
        <source>Use a fixed &amp;port:</source>
        <translation>Festen &amp;Port verwenden:</translation>
    </message>
    <message>
        <source>Zoho compares the redirect URI exactly, so the port registered in the API console must be the one PatchDeck listens on.</source>
        <translation>Zoho vergleicht die Weiterleitungs-URI exakt, daher muss der in der API-Konsole registrierte Port derjenige sein, auf dem PatchDeck lauscht.</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Weiterleitung:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register</source>
        <translation>Die zu registrierende Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:&lt;any free port&gt;/callback</source>
        <translation>http://127.0.0.1:&lt;ein freier Port&gt;/callback</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChangesBar</name>
    <message>
        <source>Rows that were not in the previous fetch, shaded like this in the table</source>
        <translation>Zeilen, die beim vorigen Abruf nicht dabei waren, in der Tabelle so hinterlegt</translation>
    </message>
    <message>
        <source>Rows with cells that changed, shaded like this in the table; a changed cell's tooltip shows what it was</source>
        <translation>Zeilen mit geänderten Zellen, in der Tabelle so hinterlegt; der Tooltip einer geänderten Zelle zeigt den alten Wert</translation>
    </message>
    <message>
        <source>List the rows that are gone since the previous fetch</source>
        <translation>Die Zeilen auflisten, die seit dem vorigen Abruf weggefallen sind</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Show only the new and changed rows</source>
        <translation>Nur neue und geänderte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Änderungen seit %1:</translation>
    </message>
    <message>
        <source>No changes since %1</source>
        <translation>Keine Änderungen seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln geändert</numerusform>
            <numerusform>%Ln geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed…</source>
        <translation>
            <numerusform>%Ln entfernt…</numerusform>
            <numerusform>%Ln entfernt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChartLegend</name>
    <message>
        <source>&lt;1 %</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Diagrammlegende</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 selected. %2</source>
        <translation>%1 ausgewählt. %2</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChartText</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (was %3)</source>
        <translation>%1 %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pmp::ui::CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Liste „%1“ filtern</translation>
    </message>
</context>
<context>
    <name>pmp::ui::CloudSignInFields</name>
    <message>
        <source>Custom server (simulator, test tenant, proxy)</source>
        <translation>Eigener Server (Simulator, Testmandant, Proxy)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Where your Patch Manager Plus Cloud account lives: the address you use it at ends in this domain.</source>
        <translation>Wo Ihr Patch Manager Plus Cloud-Konto liegt: Die Adresse, unter der Sie es nutzen, endet auf diese Domain.</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Accounts URL:</source>
        <translation>&amp;Konten-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>From the API console's Client Secret tab</source>
        <translation>Von der Registerkarte „Client Secret“ der API-Konsole</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Use simulator client</source>
        <translation>Simulator-Client verwenden</translation>
    </message>
    <message>
        <source>Enter the server and accounts URLs (https; plain http only for 127.0.0.1).</source>
        <translation>Geben Sie die Server- und Konten-URLs ein (https; einfaches http nur für 127.0.0.1).</translation>
    </message>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>Geben Sie die Client-ID aus der API-Konsole ein.</translation>
    </message>
    <message>
        <source>Enter the client secret from the API console.</source>
        <translation>Geben Sie das Client-Secret aus der API-Konsole ein.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Patch Manager Plus %1</source>
        <translation>Patch Manager Plus %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ComputerDetailPane</name>
    <message>
        <source>Select a computer to see its patches</source>
        <translation>Wählen Sie einen Computer aus, um seine Patches zu sehen</translation>
    </message>
    <message>
        <source>%1 — patches</source>
        <translation>%1 — Patches</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Health details unavailable: %1</source>
        <translation>Integritätsdetails nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No patch scan data for this computer yet.</source>
        <translation>Für diesen Computer gibt es noch keine Patch-Scandaten.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>missing: %1 critical, %2 important, %3 moderate, %4 low</source>
        <translation>fehlend: %1 kritisch, %2 wichtig, %3 mittel, %4 niedrig</translation>
    </message>
    <message>
        <source>reboot required: %1</source>
        <translation>Neustart erforderlich: %1</translation>
    </message>
    <message>
        <source>last scan: %1 (%2)</source>
        <translation>letzter Scan: %1 (%2)</translation>
    </message>
    <message>
        <source>agent %1, last contact %2</source>
        <translation>Agent %1, letzter Kontakt %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>logged on: %1</source>
        <translation>angemeldet: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfigurationDetailPane</name>
    <message>
        <source>Select a configuration to see its targets</source>
        <translation>Wählen Sie eine Konfiguration aus, um ihre Ziele zu sehen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>Noch anzuwenden</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n target(s)</source>
        <translation>
            <numerusform>%1 — %2, %n Ziel</numerusform>
            <numerusform>%1 — %2, %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets by status</source>
        <translation>Ziele nach Status</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>Targets: every managed computer</source>
        <translation>Ziele: jeder verwaltete Computer</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>Ziele (%1):</translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation>Die genaue Anfrage anzeigen</translation>
    </message>
    <message>
        <source>Hide the exact request</source>
        <translation>Die genaue Anfrage ausblenden</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Show in journal</source>
        <translation>Im Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Type %1 above to enable this button.</source>
        <translation>Geben Sie oben %1 ein, um diese Schaltfläche zu aktivieren.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>A request on its way cannot be called back.</source>
        <translation>Eine Anfrage, die unterwegs ist, kann nicht zurückgerufen werden.</translation>
    </message>
    <message>
        <source>PatchDeck needs permission to make changes (%1). Approve it in the browser window that opened; nothing is sent until you do.</source>
        <translation>PatchDeck benötigt die Berechtigung für Änderungen (%1). Erteilen Sie sie im geöffneten Browserfenster; bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation>Genaue Anfrage</translation>
    </message>
    <message>
        <source>Confirm: %1 — %2</source>
        <translation>Bestätigen: %1 — %2</translation>
    </message>
    <message>
        <source>Acts on tenant:</source>
        <translation>Wirkt auf Mandant:</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardCard</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle</translation>
    </message>
    <message>
        <source>Show the chart's numbers as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The server listed systems with failed deployments without saying how many there are.</source>
        <translation>Der Server hat Systeme mit fehlgeschlagenen Verteilungen aufgelistet, ohne ihre Anzahl zu nennen.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardParts</name>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Could not load the patch summary: %1</source>
        <translation>Die Patch-Zusammenfassung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the agent summary: %1</source>
        <translation>Die Agenten-Zusammenfassung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the patch database status: %1</source>
        <translation>Der Status der Patch-Datenbank konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the approval settings: %1</source>
        <translation>Die Genehmigungseinstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the health policy: %1</source>
        <translation>Die Integritätsrichtlinie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the server's settings: %1</source>
        <translation>Die Einstellungen des Servers konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not count the systems with failed deployments: %1</source>
        <translation>Die Systeme mit fehlgeschlagenen Verteilungen konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the summaries again (F5)</source>
        <translation>Die Zusammenfassungen erneut abrufen (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <source>As of %1 · refreshing…</source>
        <translation>Stand %1 · wird aktualisiert…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DeclineDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>Patches ablehnen</translation>
    </message>
    <message>
        <source>A declined patch is not deployed to the chosen groups (automatic deployment skips it too), and no longer counts as missing there. Give each patch a reason.</source>
        <translation>Ein abgelehnter Patch wird nicht auf die gewählten Gruppen verteilt (auch die automatische Bereitstellung überspringt ihn) und zählt dort nicht mehr als fehlend. Geben Sie für jeden Patch einen Grund an.</translation>
    </message>
    <message>
        <source>Remarks for every patch</source>
        <translation>Anmerkungen für jeden Patch</translation>
    </message>
    <message>
        <source>Apply to every patch</source>
        <translation>Auf jeden Patch anwenden</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>Für alle:</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Why it is declined</source>
        <translation>Warum er abgelehnt wird</translation>
    </message>
    <message>
        <source>Decline for these custom groups</source>
        <translation>Für diese benutzerdefinierten Gruppen ablehnen</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Read the custom groups and their ids from the query reports again.</source>
        <translation>Die benutzerdefinierten Gruppen und ihre IDs erneut aus den Abfrageberichten lesen.</translation>
    </message>
    <message>
        <source>Group ids known from elsewhere, e.g. 501, 502</source>
        <translation>Anderweitig bekannte Gruppen-IDs, z. B. 501, 502</translation>
    </message>
    <message>
        <source>Other group ids:</source>
        <translation>Weitere Gruppen-IDs:</translation>
    </message>
    <message>
        <source>Decline for all computers with the deprecated operation…</source>
        <translation>Für alle Computer mit dem veralteten Vorgang ablehnen…</translation>
    </message>
    <message>
        <source>Custom groups are not available.</source>
        <translation>Benutzerdefinierte Gruppen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reason for every patch</source>
        <translation>Grund für jeden Patch</translation>
    </message>
    <message>
        <source>Patches to decline</source>
        <translation>Abzulehnende Patches</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Grund für %1</translation>
    </message>
    <message>
        <source>Remarks for %1</source>
        <translation>Anmerkungen für %1</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Benutzerdefinierte Gruppen</translation>
    </message>
    <message>
        <source>Other group ids</source>
        <translation>Weitere Gruppen-IDs</translation>
    </message>
</context>
<context>
    <name>pmp::ui::FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Server filter %1</source>
        <translation>Serverfilter %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Server filter %1 — press Enter to apply</source>
        <translation>Serverfilter %1 — mit Eingabetaste anwenden</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>Weitere Filter (%1)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Weniger Filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
</context>
<context>
    <name>pmp::ui::InstallPatchesDialog</name>
    <message>
        <source>Install patches</source>
        <translation>Patches installieren</translation>
    </message>
    <message>
        <source>What to install</source>
        <translation>Was installiert wird</translation>
    </message>
    <message>
        <source>All missing patches</source>
        <translation>Alle fehlenden Patches</translation>
    </message>
    <message>
        <source>These patches:</source>
        <translation>Diese Patches:</translation>
    </message>
    <message>
        <source>Only patches that are approved</source>
        <translation>Nur genehmigte Patches</translation>
    </message>
    <message>
        <source>Sent as isOnlyApproved; applies only when installing all missing patches.</source>
        <translation>Wird als isOnlyApproved gesendet; gilt nur beim Installieren aller fehlenden Patches.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Add patch IDs, e.g. 103980, 103981</source>
        <translation>Patch-IDs hinzufügen, z. B. 103980, 103981</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Patch id %1</source>
        <translation>Patch-ID %1</translation>
    </message>
    <message>
        <source>Where (one target set)</source>
        <translation>Wo (eine Zielmenge)</translation>
    </message>
    <message>
        <source>All computers that need the patches</source>
        <translation>Alle Computer, die die Patches benötigen</translation>
    </message>
    <message>
        <source>Selected computers (none selected)</source>
        <translation>Ausgewählte Computer (keine ausgewählt)</translation>
    </message>
    <message>
        <source>The selected computer</source>
        <translation>Der ausgewählte Computer</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected computer(s)</source>
        <translation>
            <numerusform>Der %n ausgewählte Computer</numerusform>
            <numerusform>Die %n ausgewählten Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Computers by name</source>
        <translation>Computer nach Name</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Benutzerdefinierte Gruppen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Remote-Standorte</translation>
    </message>
    <message>
        <source>Every computer the chosen patches apply to. You will be asked to type ALL to confirm.</source>
        <translation>Jeder Computer, für den die gewählten Patches gelten. Sie werden aufgefordert, zur Bestätigung ALL einzugeben.</translation>
    </message>
    <message>
        <source>win-1422, wind-144d</source>
        <translation>win-1422, wind-144d</translation>
    </message>
    <message>
        <source>Loading the server's custom groups…</source>
        <translation>Benutzerdefinierte Gruppen des Servers werden geladen…</translation>
    </message>
    <message>
        <source>10.0.0.12, 10.0.0.13</source>
        <translation>10.0.0.12, 10.0.0.13</translation>
    </message>
    <message>
        <source>Loading the server's remote offices…</source>
        <translation>Remote-Standorte des Servers werden geladen…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>PatchDeck install %1</source>
        <translation>PatchDeck-Installation %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>Optional: Grund, Ticketnummer…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Save as draft (nothing is deployed)</source>
        <translation>Als Entwurf speichern (nichts wird bereitgestellt)</translation>
    </message>
    <message>
        <source>Deploy when each agent next contacts the server</source>
        <translation>Bereitstellen, wenn jeder Agent den Server das nächste Mal kontaktiert</translation>
    </message>
    <message>
        <source>Deploy immediately</source>
        <translation>Sofort bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Deploy through the deployment policy</source>
        <translation>Über die Bereitstellungsrichtlinie bereitstellen</translation>
    </message>
    <message>
        <source>Publish in the Self Service Portal only</source>
        <translation>Nur im Self-Service-Portal veröffentlichen</translation>
    </message>
    <message>
        <source>Deploy and publish in the Self Service Portal</source>
        <translation>Bereitstellen und im Self-Service-Portal veröffentlichen</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>Bereitstellungs&amp;art:</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>Bereitstellungs&amp;richtlinie:</translation>
    </message>
    <message>
        <source>As the deployment policy says</source>
        <translation>Wie in der Bereitstellungsrichtlinie festgelegt</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>Keinen Neustart erzwingen</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>Neustart innerhalb des Bereitstellungsfensters erzwingen</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>Neustart außerhalb des Bereitstellungsfensters erzwingen</translation>
    </message>
    <message>
        <source>Force &amp;reboot:</source>
        <translation>&amp;Neustart erzwingen:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Install &amp;after:</source>
        <translation>Installieren &amp;ab:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Läuft a&amp;b:</translation>
    </message>
    <message>
        <source>Unpatched computers are force-deployed at this time; at most one year ahead.</source>
        <translation>Ungepatchte Computer erhalten die Bereitstellung zu diesem Zeitpunkt erzwungen; höchstens ein Jahr im Voraus.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Set retry settings (otherwise the server's default: retries on)</source>
        <translation>Wiederholungseinstellungen festlegen (sonst Standard des Servers: Wiederholungen an)</translation>
    </message>
    <message>
        <source>Retry on targets where the deployment failed</source>
        <translation>Auf Zielen wiederholen, bei denen die Bereitstellung fehlschlug</translation>
    </message>
    <message>
        <source>At logon or startup:</source>
        <translation>Bei Anmeldung oder Start:</translation>
    </message>
    <message>
        <source>At the 90-minute refresh:</source>
        <translation>Bei der 90-Minuten-Aktualisierung:</translation>
    </message>
    <message>
        <source>The total must equal the retries at logon plus those at refresh.</source>
        <translation>Die Summe muss den Wiederholungen bei Anmeldung plus denen bei Aktualisierung entsprechen.</translation>
    </message>
    <message>
        <source>Total retries:</source>
        <translation>Wiederholungen gesamt:</translation>
    </message>
    <message>
        <source>The server lists no custom groups.</source>
        <translation>Der Server listet keine benutzerdefinierten Gruppen auf.</translation>
    </message>
    <message>
        <source>The server lists no remote offices.</source>
        <translation>Der Server listet keine Remote-Standorte auf.</translation>
    </message>
    <message>
        <source>Patches to install</source>
        <translation>Zu installierende Patches</translation>
    </message>
    <message>
        <source>Patch IDs to add</source>
        <translation>Hinzuzufügende Patch-IDs</translation>
    </message>
    <message>
        <source>Selected computers</source>
        <translation>Ausgewählte Computer</translation>
    </message>
    <message>
        <source>Computer names</source>
        <translation>Computernamen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1, answered %2</source>
        <translation>Gestartet %1, beantwortet %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Server's answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalView</name>
    <message>
        <source>Every change PatchDeck sent from this profile, or refused to send, with its outcome. Kept on this computer.</source>
        <translation>Jede Änderung, die PatchDeck von diesem Profil gesendet oder zu senden verweigert hat, mit ihrem Ergebnis. Auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Search computers, patches, tasks, answers…</source>
        <translation>Computer, Patches, Aufgaben, Antworten suchen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent and what came back.</source>
        <translation>Wählen Sie einen Eintrag aus, um genau zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation>Vorgang: %1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>Ziele (%1):</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Das Protokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>Das Aktionsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details des Eintrags</translation>
    </message>
</context>
<context>
    <name>pmp::ui::KeychainNotice</name>
    <message>
        <source>Keep my sign-in for this session only (sign in again after restarting PatchDeck)</source>
        <translation>Meine Anmeldung nur für diese Sitzung behalten (nach einem Neustart von PatchDeck erneut anmelden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer.&lt;/b&gt; %1&lt;br&gt;PatchDeck never writes tokens to a file. You can keep this sign-in in memory until PatchDeck closes.</source>
        <translation>&lt;b&gt;Auf diesem Computer ist kein Schlüsselbund verfügbar.&lt;/b&gt; %1&lt;br&gt;PatchDeck schreibt Token nie in eine Datei. Sie können diese Anmeldung im Speicher behalten, bis PatchDeck geschlossen wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain did not store the sign-in.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Schlüsselbund hat die Anmeldung nicht gespeichert.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or ja (View &gt; Language keeps one).</source>
        <translation>Diese Sprache für diesen Lauf verwenden: en, de, fr, es oder ja (Ansicht &gt; Sprache speichert eine).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language takes effect after PatchDeck is restarted.</source>
        <translation>Die Sprache wird nach einem Neustart von PatchDeck wirksam.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::MainWindow</name>
    <message>
        <source>PatchDeck</source>
        <translation>PatchDeck</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>Abfrageberichte</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>In Liste &amp;suchen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PatchDeck</source>
        <translation>&amp;Über PatchDeck</translation>
    </message>
    <message>
        <source>About PatchDeck</source>
        <translation>Über PatchDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;A native console for ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;Eine native Konsole für ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The server asks PatchDeck to slow down: requests wait %n s before continuing.</source>
        <translation>
            <numerusform>Der Server bittet PatchDeck, langsamer zu werden: Anfragen warten %n s, bevor sie fortfahren.</numerusform>
            <numerusform>Der Server bittet PatchDeck, langsamer zu werden: Anfragen warten %n s, bevor sie fortfahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Auto-Bereitstellungsaufgaben</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source> (%1 a second)</source>
        <translation> (%1 pro Sekunde)</translation>
    </message>
    <message>
        <source>Loading %1… %2 of %3%4</source>
        <translation>%1 werden geladen… %2 von %3%4</translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <comment>Loaded &lt;250 computers&gt; at &lt;time&gt;</comment>
        <translation>%1 um %2 geladen</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>Diese Seite hat keine Liste zum Exportieren.</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>Wählen Sie Computer oder Patches in einer Liste aus, um damit zu arbeiten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 — PatchDeck</source>
        <translation>%1 — PatchDeck</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>%1 did not load</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me when a long load, an export or a write finishes while PatchDeck is in the background</source>
        <translation>Benachrichtigen, wenn ein langer Ladevorgang, ein Export oder eine Änderung abgeschlossen ist, während PatchDeck im Hintergrund läuft</translation>
    </message>
    <message>
        <source>PatchDeck &amp;documentation</source>
        <translation>PatchDeck-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>What happened:

What you expected:

Steps to reproduce:

</source>
        <translation>Was ist passiert:

Was haben Sie erwartet:

Schritte zum Reproduzieren:

</translation>
    </message>
    <message>
        <source>Create &amp;report…</source>
        <translation>&amp;Bericht erstellen…</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Import saved view…</source>
        <translation>Gespeicherte Ansicht &amp;importieren…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Saved view of %1</source>
        <translation>Gespeicherte Ansicht von %1</translation>
    </message>
    <message>
        <source>Enter a name for the saved view.</source>
        <translation>Geben Sie einen Namen für die gespeicherte Ansicht ein.</translation>
    </message>
    <message>
        <source>A saved view named “%1” already exists; choose another name.</source>
        <translation>Eine gespeicherte Ansicht namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile to keep saved views in.</source>
        <translation>Es gibt kein Profil, in dem gespeicherte Ansichten abgelegt werden können.</translation>
    </message>
    <message>
        <source>Only a list can be saved as a view.</source>
        <translation>Nur eine Liste kann als Ansicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The saved view could not be stored.</source>
        <translation>Die Ansicht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no profile.</source>
        <translation>Es gibt kein Profil.</translation>
    </message>
    <message>
        <source>The saved view could not be renamed.</source>
        <translation>Die gespeicherte Ansicht konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved view PatchDeck can use: %2</source>
        <translation>%1 ist keine gespeicherte Ansicht, die PatchDeck verwenden kann: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Saved as “%1” under Saved views.</source>
        <translation>Als „%1“ unter „Gespeicherte Ansichten“ gespeichert.</translation>
    </message>
    <message>
        <source>Import saved view</source>
        <translation>Gespeicherte Ansicht importieren</translation>
    </message>
    <message>
        <source>Saved views (*.json)</source>
        <translation>Gespeicherte Ansichten (*.json)</translation>
    </message>
    <message>
        <source>Imported as “%1” under Saved views.</source>
        <translation>Als „%1“ unter „Gespeicherte Ansichten“ importiert.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename saved view</source>
        <translation>Gespeicherte Ansicht umbenennen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export saved view</source>
        <translation>Gespeicherte Ansicht exportieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The list itself is not affected.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Die Liste selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>&amp;Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS 5</source>
        <translation>SOCKS 5</translation>
    </message>
    <message>
        <source>Optional; the password is asked for when needed</source>
        <translation>Optional; das Kennwort wird bei Bedarf abgefragt</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation>Vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>PatchDeck trusts the system's certificate authorities. Add a CA file (PEM or DER) for an on-premises server with its own certificate or a proxy that inspects TLS. Certificate errors are never ignored.</source>
        <translation>PatchDeck vertraut den Zertifizierungsstellen des Systems. Fügen Sie eine CA-Datei (PEM oder DER) für einen lokalen Server mit eigenem Zertifikat oder einen Proxy hinzu, der TLS prüft. Zertifikatfehler werden nie ignoriert.</translation>
    </message>
    <message>
        <source>No additional CA</source>
        <translation>Keine zusätzliche CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s):</source>
        <translation>
            <numerusform>%n Zertifikat:</numerusform>
            <numerusform>%n Zertifikate:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy server's host name.</source>
        <translation>Geben Sie den Hostnamen des Proxyservers ein.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NewWindowMenu</name>
    <message>
        <source>New &amp;window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>Already open: brings its window forward</source>
        <translation>Bereits offen: holt sein Fenster nach vorn</translation>
    </message>
    <message>
        <source>Opens a window on this tenant</source>
        <translation>Öffnet ein Fenster für diesen Mandanten</translation>
    </message>
    <message>
        <source>&amp;Sign in to another tenant…</source>
        <translation>Bei weiterem Mandanten &amp;anmelden…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::OnPremisesSignInPage</name>
    <message>
        <source>For a Patch Manager Plus server in your own network: its address and an API token created in its web console.</source>
        <translation>Für einen Patch Manager Plus-Server in Ihrem eigenen Netzwerk: seine Adresse und ein in seiner Webkonsole erstelltes API-Token.</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>Geben Sie die Server-URL ein.</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>Fügen Sie das API-Token ein.</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>Lokaler Server</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchDetailPane</name>
    <message>
        <source>Select a patch to see where it is missing or failed</source>
        <translation>Wählen Sie einen Patch aus, um zu sehen, wo er fehlt oder fehlschlug</translation>
    </message>
    <message>
        <source>Error code / computer</source>
        <translation>Fehlercode / Computer</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Failed installations</source>
        <translation>Fehlgeschlagene Installationen</translation>
    </message>
    <message>
        <source>%1 — computers missing it, and failures</source>
        <translation>%1 — Computer, denen er fehlt, und Fehlschläge</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>Patch %1</translation>
    </message>
    <message>
        <source>Failed installations: loading…</source>
        <translation>Fehlgeschlagene Installationen: wird geladen…</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
    <message>
        <source>Failed installations: could not load all (%1)</source>
        <translation>Fehlgeschlagene Installationen: nicht alle ladbar (%1)</translation>
    </message>
    <message>
        <source>Failed installations: none</source>
        <translation>Fehlgeschlagene Installationen: keine</translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n computer(s), by error code</source>
        <translation>
            <numerusform>Auf %n Computer fehlgeschlagen, nach Fehlercode</numerusform>
            <numerusform>Auf %n Computern fehlgeschlagen, nach Fehlercode</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed installations by error code</source>
        <translation>Fehlgeschlagene Installationen nach Fehlercode</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchOverviewSection</name>
    <message>
        <source>Patches and systems</source>
        <translation>Patches und Systeme</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Fehlende Patches</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Fehlende kritische Patches</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Hochgradig anfällige Systeme</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Installierte Patches</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Anwendbare Patches</translation>
    </message>
    <message>
        <source>New patches</source>
        <translation>Neue Patches</translation>
    </message>
    <message>
        <source>Missing patches by severity</source>
        <translation>Fehlende Patches nach Schweregrad</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Systemintegrität</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Patch scan</source>
        <translation>Patch-Scan</translation>
    </message>
    <message>
        <source>of %1 applicable</source>
        <translation>von %1 anwendbaren</translation>
    </message>
    <message>
        <source>%1 important</source>
        <translation>%1 wichtige</translation>
    </message>
    <message>
        <source>of %1 systems</source>
        <translation>von %1 Systemen</translation>
    </message>
    <message>
        <source>on managed systems</source>
        <translation>auf verwalteten Systemen</translation>
    </message>
    <message>
        <source>installed or missing</source>
        <translation>installiert oder fehlend</translation>
    </message>
    <message>
        <source>recently released</source>
        <translation>kürzlich veröffentlicht</translation>
    </message>
    <message>
        <source>%1 % healthy</source>
        <translation>%1 % fehlerfrei</translation>
    </message>
    <message>
        <source>Per the server's health policy, a system is highly vulnerable from %1 critical, %2 important, %3 moderate or %4 low missing patches, and vulnerable from %5 critical, %6 important, %7 moderate or %8 low.</source>
        <translation>Gemäß der Integritätsrichtlinie des Servers ist ein System ab %1 kritischen, %2 wichtigen, %3 mittleren oder %4 niedrigen fehlenden Patches hochgradig anfällig, und anfällig ab %5 kritischen, %6 wichtigen, %7 mittleren oder %8 niedrigen.</translation>
    </message>
    <message>
        <source>No snapshot from 30 days ago yet: the change appears once this computer has history that old.</source>
        <translation>Noch kein Schnappschuss von vor 30 Tagen: Die Änderung erscheint, sobald dieser Computer einen so alten Verlauf hat.</translation>
    </message>
    <message>
        <source>%1 on %2, %3 now</source>
        <translation>%1 am %2, jetzt %3</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PolicyPicker</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>Richtlinien werden geladen…</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Could not load every policy: %1</source>
        <translation>Nicht jede Richtlinie konnte geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (not in the server's list)</source>
        <translation>%1 (nicht in der Liste des Servers)</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>On-premises server %1</source>
        <translation>Lokaler Server %1</translation>
    </message>
    <message>
        <source>Cloud, %1</source>
        <translation>Cloud, %1</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Profil &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>&amp;Netzwerkeinstellungen…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RecordListView</name>
    <message>
        <source>Search the loaded rows… (Ctrl+F)</source>
        <translation>Geladene Zeilen durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as CSV</source>
        <translation>Die angezeigten Zeilen und Spalten als CSV speichern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>The list changed on the server while loading (%1 → %2 %3); refresh for an exact snapshot.</source>
        <translation>Die Liste hat sich während des Ladens auf dem Server geändert (%1 → %2 %3); aktualisieren Sie für einen exakten Stand.</translation>
    </message>
    <message>
        <source>Loading cancelled: partial list</source>
        <translation>Laden abgebrochen: unvollständige Liste</translation>
    </message>
    <message>
        <source>Partial list</source>
        <translation>Unvollständige Liste</translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 could be loaded. %4</source>
        <translation>Nur %1 von %2 %3 konnten geladen werden. %4</translation>
    </message>
    <message>
        <source>Showing data from %1 — refreshing…</source>
        <translation>Daten von %1 werden angezeigt — wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>5 of &lt;250 computers&gt;</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 loaded…</source>
        <comment>5 of &lt;250 computers&gt; loaded</comment>
        <translation>%1 von %2 geladen…</translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <comment>&lt;250 computers&gt; loaded</comment>
        <translation>%1 geladen…</translation>
    </message>
    <message>
        <source>%1 · refreshing: %2</source>
        <translation>%1 · wird aktualisiert: %2</translation>
    </message>
    <message>
        <source>%1 matching · %2</source>
        <translation>%1 Treffer · %2</translation>
    </message>
    <message>
        <source>Refresh failed — showing data from %1</source>
        <translation>Aktualisierung fehlgeschlagen — Daten von %1 werden angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>%Ln Zeile wird nach %1 exportiert…</numerusform>
            <numerusform>%Ln Zeilen werden nach %1 exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Keep these filters, search, sort and columns under a name (Ctrl+Shift+S)</source>
        <translation>Diese Filter, Suche, Sortierung und Spalten unter einem Namen behalten (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Saved view %1 filters on “%2”, which this list does not offer; the filter was kept, so the list may be empty or fail to load.</source>
        <translation>Die gespeicherte Ansicht %1 filtert nach „%2“, das diese Liste nicht anbietet; der Filter wurde beibehalten, daher kann die Liste leer sein oder nicht laden.</translation>
    </message>
    <message>
        <source>Saved view %1 filters on %2 “%3”, which the server no longer has; the filter was kept, so the list may be empty.</source>
        <translation>Die gespeicherte Ansicht %1 filtert nach %2 „%3“, das der Server nicht mehr hat; der Filter wurde beibehalten, daher kann die Liste leer sein.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RemovedRowsDialog</name>
    <message>
        <source>Removed from %1</source>
        <translation>Entfernt aus %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>Die erste (%Ln) wird angezeigt.</numerusform>
            <numerusform>Die ersten %Ln werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Entfernte %1</translation>
    </message>
    <message>
        <source>Gone since the list fetched at %1: %2. The rows show the values they had then.</source>
        <translation>Weggefallen seit dem Abruf um %1: %2. Die Zeilen zeigen die Werte von damals.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportCollector</name>
    <message>
        <source>Reading the summaries</source>
        <translation>Zusammenfassungen werden gelesen</translation>
    </message>
    <message>
        <source>Missing patches: %1</source>
        <translation>Fehlende Patches: %1</translation>
    </message>
    <message>
        <source>Computers: %1</source>
        <translation>Computer: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Daten unten</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Von – bis:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>PDF-&amp;Datei:</translation>
    </message>
    <message>
        <source>Also write an &amp;HTML file beside it</source>
        <translation>Zusätzlich eine &amp;HTML-Datei daneben schreiben</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Choose a PDF file and a period whose start is not after its end.</source>
        <translation>Wählen Sie eine PDF-Datei und einen Zeitraum, dessen Beginn nicht nach seinem Ende liegt.</translation>
    </message>
    <message>
        <source>Reading the tenant's state…</source>
        <translation>Zustand des Mandanten wird gelesen…</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Es wurde kein Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Abgebrochen: Es wurde kein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDocument</name>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Patch compliance report</source>
        <translation>Patch-Compliance-Bericht</translation>
    </message>
    <message>
        <source>%1, period %2 to %3</source>
        <translation>%1, Zeitraum %2 bis %3</translation>
    </message>
    <message>
        <source>Generated %1 by PatchDeck</source>
        <translation>Erstellt am %1 von PatchDeck</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>Fehlerfreie Systeme</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Hochgradig anfällige Systeme</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Fehlende Patches</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Fehlende kritische Patches</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Installierte Patches</translation>
    </message>
    <message>
        <source>Missing patches by severity and system health</source>
        <translation>Fehlende Patches nach Schweregrad und Systemzustand</translation>
    </message>
    <message>
        <source>Trend over 30 days</source>
        <translation>Verlauf über 30 Tage</translation>
    </message>
    <message>
        <source>Trend over 90 days</source>
        <translation>Verlauf über 90 Tage</translation>
    </message>
    <message>
        <source>Top missing patches by affected computers</source>
        <translation>Häufigste fehlende Patches nach betroffenen Computern</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Computers longest unpatched</source>
        <translation>Am längsten nicht gepatchte Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>Zuletzt gepatcht</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Deployments and other changes in the period</source>
        <translation>Bereitstellungen und andere Änderungen im Zeitraum</translation>
    </message>
    <message>
        <source>No changes were made from PatchDeck in the period.</source>
        <translation>Im Zeitraum wurden aus PatchDeck keine Änderungen vorgenommen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</source>
        <translation>
            <numerusform>Noch kein Verlauf: In diesem %n Tag wurden weniger als zwei Momentaufnahmen erfasst. PatchDeck erfasst die Zahlen des Dashboards bei jeder Aktualisierung auf diesem Computer; der Server speichert keinen Verlauf.</numerusform>
            <numerusform>Noch kein Verlauf: In diesen %n Tagen wurden weniger als zwei Momentaufnahmen erfasst. PatchDeck erfasst die Zahlen des Dashboards bei jeder Aktualisierung auf diesem Computer; der Server speichert keinen Verlauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportsView</name>
    <message>
        <source>Choose a report on the left to load its rows.</source>
        <translation>Wählen Sie links einen Bericht aus, um seine Zeilen zu laden.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1</source>
        <translation>Die Berichtsliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Report "%1" could not be loaded: %2</source>
        <translation>Bericht „%1“ konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>Abfrageberichte</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SegmentTable</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SelfClientSignInPage</name>
    <message>
        <source>For a Self Client: generate a one-time code in the API console and paste it here. No browser redirect is involved.</source>
        <translation>Für einen Self Client: Erzeugen Sie in der API-Konsole einen Einmalcode und fügen Sie ihn hier ein. Es ist keine Browser-Weiterleitung beteiligt.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Copy the scopes to paste in the API console</source>
        <translation>Die Scopes zum Einfügen in die API-Konsole kopieren</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Include &amp;write permissions (approve, install, scan)</source>
        <translation>&amp;Schreibberechtigungen einschließen (genehmigen, installieren, scannen)</translation>
    </message>
    <message>
        <source>&amp;Grant code:</source>
        <translation>&amp;Grant-Code:</translation>
    </message>
    <message>
        <source>Paste the grant code.</source>
        <translation>Fügen Sie den Grant-Code ein.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerStatusSection</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Patch database and approval</source>
        <translation>Patch-Datenbank und Genehmigung</translation>
    </message>
    <message>
        <source>Server page ›</source>
        <translation>Serverseite ›</translation>
    </message>
    <message>
        <source>Open the server's settings and status</source>
        <translation>Die Einstellungen und den Status des Servers öffnen</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Datenbankaktualisierung</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächste Aktualisierung</translation>
    </message>
    <message>
        <source>⚠ Automatic database updates are disabled: new patches are not detected until the database is updated by hand.</source>
        <translation>⚠ Automatische Datenbankaktualisierungen sind deaktiviert: Neue Patches werden erst erkannt, wenn die Datenbank manuell aktualisiert wird.</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>Patch-Genehmigung</translation>
    </message>
    <message>
        <source>Deployment tasks</source>
        <translation>Bereitstellungsaufgaben</translation>
    </message>
    <message>
        <source>Last task</source>
        <translation>Letzte Aufgabe</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Nächste Aufgabe</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Updating now</source>
        <translation>Wird gerade aktualisiert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>New patches are approved for deployment without review.</source>
        <translation>Neue Patches werden ohne Prüfung zur Bereitstellung genehmigt.</translation>
    </message>
    <message>
        <source>Patches are deployed only after an administrator approves them.</source>
        <translation>Patches werden erst bereitgestellt, nachdem ein Administrator sie genehmigt hat.</translation>
    </message>
    <message>
        <source>Unnamed task</source>
        <translation>Unbenannte Aufgabe</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Keine geplant</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerView</name>
    <message>
        <source>Patch database</source>
        <translation>Patch-Datenbank</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Letzte Aktualisierung:</translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation>Aktualisiert um:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Nächste Aktualisierung:</translation>
    </message>
    <message>
        <source>Automatic updates:</source>
        <translation>Automatische Aktualisierungen:</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>Patch-Genehmigung</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>System health policy</source>
        <translation>Richtlinie zur Systemintegrität</translation>
    </message>
    <message>
        <source>Vulnerable at:</source>
        <translation>Anfällig ab:</translation>
    </message>
    <message>
        <source>Highly vulnerable at:</source>
        <translation>Hochgradig anfällig ab:</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>Zählung:</translation>
    </message>
    <message>
        <source>Managed scope</source>
        <translation>Verwalteter Bereich</translation>
    </message>
    <message>
        <source>Remote offices:</source>
        <translation>Remote-Standorte:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domänen:</translation>
    </message>
    <message>
        <source>Custom groups:</source>
        <translation>Benutzerdefinierte Gruppen:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The patch database status</source>
        <translation>Der Status der Patch-Datenbank</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt; — the vulnerability database is not kept current</source>
        <translation>&lt;b&gt;deaktiviert&lt;/b&gt; — die Schwachstellendatenbank wird nicht aktuell gehalten</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>The approval settings</source>
        <translation>Die Genehmigungseinstellungen</translation>
    </message>
    <message>
        <source>Automatic — new patches are approved without review</source>
        <translation>Automatisch — neue Patches werden ohne Prüfung genehmigt</translation>
    </message>
    <message>
        <source>The health policy</source>
        <translation>Die Integritätsrichtlinie</translation>
    </message>
    <message>
        <source>only approved patches</source>
        <translation>nur genehmigte Patches</translation>
    </message>
    <message>
        <source>all patches</source>
        <translation>alle Patches</translation>
    </message>
    <message>
        <source>third-party applications excluded</source>
        <translation>Drittanbieteranwendungen ausgeschlossen</translation>
    </message>
    <message>
        <source>third-party applications included</source>
        <translation>Drittanbieteranwendungen eingeschlossen</translation>
    </message>
    <message>
        <source>The server properties</source>
        <translation>Die Servereigenschaften</translation>
    </message>
    <message>
        <source>Manual — patches wait for an administrator's approval</source>
        <translation>Manuell — Patches warten auf die Genehmigung eines Administrators</translation>
    </message>
    <message>
        <source>The server's setting: %1</source>
        <translation>Die Einstellung des Servers: %1</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SessionController</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Welcome to PatchDeck. Connect it to your Patch Manager Plus server: choose how you sign in, and follow the steps on the right.</source>
        <translation>Willkommen bei PatchDeck. Verbinden Sie es mit Ihrem Patch Manager Plus-Server: Wählen Sie, wie Sie sich anmelden, und folgen Sie den Schritten rechts.</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Zu %1 gewechselt</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? PatchDeck signs out (Zoho is told to revoke the sign-in) and forgets the profile.</source>
        <translation>Das Profil „%1“ entfernen? PatchDeck meldet sich ab (Zoho wird aufgefordert, die Anmeldung zu widerrufen) und vergisst das Profil.</translation>
    </message>
    <message>
        <source>Sign out of "%1"? Zoho is told to revoke PatchDeck's sign-in and the tokens are removed from this computer's keychain.</source>
        <translation>Von „%1“ abmelden? Zoho wird aufgefordert, die Anmeldung von PatchDeck zu widerrufen, und die Token werden aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation>Berechtigung erforderlich</translation>
    </message>
    <message>
        <source>PatchDeck needs your permission to make changes, but could not open a browser. Copy the link, open it in the browser where you use Zoho, and click Accept.</source>
        <translation>PatchDeck benötigt Ihre Berechtigung für Änderungen, konnte aber keinen Browser öffnen. Kopieren Sie den Link, öffnen Sie ihn in dem Browser, in dem Sie Zoho verwenden, und klicken Sie auf „Accept“.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link kopiert</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInDialog</name>
    <message>
        <source>Sign in — PatchDeck</source>
        <translation>Anmelden — PatchDeck</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved: %1</source>
        <translation>Angemeldet, aber die Token konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Connect PatchDeck to Patch Manager Plus</source>
        <translation>PatchDeck mit Patch Manager Plus verbinden</translation>
    </message>
    <message>
        <source>Choose how you sign in. Your tokens are kept in this computer's keychain, never in a file.</source>
        <translation>Wählen Sie, wie Sie sich anmelden. Ihre Token werden im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>For example: Production EU</source>
        <translation>Zum Beispiel: Produktion EU</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Netzwerk…</translation>
    </message>
    <message>
        <source>Proxy and trusted certificate authorities</source>
        <translation>Proxy und vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>No keychain: tick "Keep my sign-in for this session only" to continue.</source>
        <translation>Kein Schlüsselbund: Aktivieren Sie „Meine Anmeldung nur für diese Sitzung behalten“, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation>Der Code wird bei %1 eingelöst…</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Das Token wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation>Anmeldung gestoppt.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be stored in the keychain. Unlock or start your keychain, or tick "Keep my sign-in for this session only"; then click Continue.</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht im Schlüsselbund gespeichert werden. Entsperren oder starten Sie Ihren Schlüsselbund oder aktivieren Sie „Meine Anmeldung nur für diese Sitzung behalten“; klicken Sie dann auf „Weiter“.</translation>
    </message>
    <message>
        <source>Signed in. Opening the console…</source>
        <translation>Angemeldet. Die Konsole wird geöffnet…</translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in your keychain (it may ask for its password)…</source>
        <translation>Angemeldet. Die Anmeldung wird in Ihrem Schlüsselbund gespeichert (er fragt eventuell nach seinem Kennwort)…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInHelp</name>
    <message>
        <source>Sign in through your browser</source>
        <translation>Über Ihren Browser anmelden</translation>
    </message>
    <message>
        <source>Open your accounts server's API console and sign in as an administrator.</source>
        <translation>Öffnen Sie die API-Konsole Ihres Kontenservers und melden Sie sich als Administrator an.</translation>
    </message>
    <message>
        <source>Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus administrator account.</source>
        <translation>Öffnen Sie die API-Konsole des Rechenzentrums %1, %2, und melden Sie sich mit Ihrem Patch Manager Plus-Administratorkonto an.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;GET STARTED&lt;/b&gt; (or &lt;b&gt;ADD CLIENT&lt;/b&gt;), choose &lt;b&gt;Server-based Applications&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;.</source>
        <translation>Klicken Sie auf &lt;b&gt;GET STARTED&lt;/b&gt; (oder &lt;b&gt;ADD CLIENT&lt;/b&gt;), wählen Sie &lt;b&gt;Server-based Applications&lt;/b&gt; und klicken Sie auf &lt;b&gt;CREATE NOW&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Fill in: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; any address of your organisation, for example %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactly %3</source>
        <translation>Ausfüllen: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; eine beliebige Adresse Ihrer Organisation, zum Beispiel %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; genau %3</translation>
    </message>
    <message>
        <source>Any free port is selected, so the port is only known at sign-in. Zoho compares redirect URIs exactly: choose &lt;b&gt;Use a fixed port&lt;/b&gt; unless your accounts server accepts any loopback port.</source>
        <translation>Es wird ein beliebiger freier Port gewählt, daher ist der Port erst bei der Anmeldung bekannt. Zoho vergleicht Weiterleitungs-URIs exakt: Wählen Sie &lt;b&gt;Festen Port verwenden&lt;/b&gt;, sofern Ihr Kontenserver nicht jeden Loopback-Port akzeptiert.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;CREATE&lt;/b&gt;. On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>Klicken Sie auf &lt;b&gt;CREATE&lt;/b&gt;. Kopieren Sie auf der Registerkarte &lt;b&gt;Client Secret&lt;/b&gt; die &lt;b&gt;Client ID&lt;/b&gt; und das &lt;b&gt;Client Secret&lt;/b&gt; in die Felder links.</translation>
    </message>
    <message>
        <source>If colleagues in other data centres will use this client, open its &lt;b&gt;Settings&lt;/b&gt; and enable &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck follows the data centre Zoho names after sign-in.</source>
        <translation>Wenn Kollegen in anderen Rechenzentren diesen Client nutzen, öffnen Sie seine &lt;b&gt;Settings&lt;/b&gt; und aktivieren Sie &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck folgt dem Rechenzentrum, das Zoho nach der Anmeldung nennt.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens Zoho's consent page; check that it asks only to &lt;b&gt;read&lt;/b&gt; (%1) and click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it.</source>
        <translation>Klicken Sie auf &lt;b&gt;Anmelden&lt;/b&gt;. Ihr Browser öffnet die Zustimmungsseite von Zoho; prüfen Sie, dass sie nur um &lt;b&gt;Lese&lt;/b&gt;zugriff bittet (%1), und klicken Sie auf &lt;b&gt;Accept&lt;/b&gt;. Der Tab sagt dann, dass Sie ihn schließen können.</translation>
    </message>
    <message>
        <source>PatchDeck asks for the write permissions (the UPDATE scopes) later, in the same way, the first time you approve, install or scan. A profile that never writes never holds them.</source>
        <translation>PatchDeck fragt die Schreibberechtigungen (die UPDATE-Scopes) später auf dieselbe Weise an, wenn Sie zum ersten Mal genehmigen, installieren oder scannen. Ein Profil, das nie schreibt, besitzt sie nie.</translation>
    </message>
    <message>
        <source>Sign in with a Self Client code</source>
        <translation>Mit einem Self-Client-Code anmelden</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Self Client&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;, then &lt;b&gt;OK&lt;/b&gt; (only the first time).</source>
        <translation>Wählen Sie &lt;b&gt;Self Client&lt;/b&gt; und klicken Sie auf &lt;b&gt;CREATE NOW&lt;/b&gt;, dann auf &lt;b&gt;OK&lt;/b&gt; (nur beim ersten Mal).</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>Kopieren Sie auf der Registerkarte &lt;b&gt;Client Secret&lt;/b&gt; die &lt;b&gt;Client ID&lt;/b&gt; und das &lt;b&gt;Client Secret&lt;/b&gt; in die Felder links.</translation>
    </message>
    <message>
        <source>Copy the code, paste it into &lt;b&gt;Grant code&lt;/b&gt; and click &lt;b&gt;Sign in&lt;/b&gt; right away: a code works once, and only until its time runs out.</source>
        <translation>Kopieren Sie den Code, fügen Sie ihn in &lt;b&gt;Grant-Code&lt;/b&gt; ein und klicken Sie sofort auf &lt;b&gt;Anmelden&lt;/b&gt;: Ein Code funktioniert einmal und nur, bis seine Zeit abläuft.</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Include write permissions&lt;/b&gt; to generate a code that also allows approving, installing and scanning; the scope list above follows it.</source>
        <translation>Aktivieren Sie &lt;b&gt;Schreibberechtigungen einschließen&lt;/b&gt;, um einen Code zu erzeugen, der auch Genehmigen, Installieren und Scannen erlaubt; die Scope-Liste oben folgt dem.</translation>
    </message>
    <message>
        <source>Connect to an on-premises server</source>
        <translation>Mit einem lokalen Server verbinden</translation>
    </message>
    <message>
        <source>Enter the server's address with its https port, for example %1.</source>
        <translation>Geben Sie die Adresse des Servers mit seinem https-Port ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>In the Patch Manager Plus web console, open &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, create a key for PatchDeck and paste it into &lt;b&gt;API token&lt;/b&gt;.</source>
        <translation>Öffnen Sie in der Patch Manager Plus-Webkonsole &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, erstellen Sie einen Schlüssel für PatchDeck und fügen Sie ihn in &lt;b&gt;API-Token&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. PatchDeck checks the token with one read before keeping it in your keychain.</source>
        <translation>Klicken Sie auf &lt;b&gt;Anmelden&lt;/b&gt;. PatchDeck prüft das Token mit einem Lesezugriff, bevor es im Schlüsselbund aufbewahrt wird.</translation>
    </message>
    <message>
        <source>The token is sent only over https. If your server uses a certificate from your own CA, add that CA under &lt;b&gt;Network…&lt;/b&gt;; certificate errors are shown, never ignored.</source>
        <translation>Das Token wird nur über https gesendet. Wenn Ihr Server ein Zertifikat Ihrer eigenen CA verwendet, fügen Sie diese CA unter &lt;b&gt;Netzwerk…&lt;/b&gt; hinzu; Zertifikatfehler werden angezeigt, nie ignoriert.</translation>
    </message>
    <message>
        <source>This address looks like &lt;b&gt;patchdeck-sim&lt;/b&gt;, the simulator. It needs no client registration.</source>
        <translation>Diese Adresse sieht nach &lt;b&gt;patchdeck-sim&lt;/b&gt; aus, dem Simulator. Er braucht keine Client-Registrierung.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Use simulator client&lt;/b&gt;: it fills in the simulator's built-in client %1 and its secret %2.</source>
        <translation>Klicken Sie auf &lt;b&gt;Simulator-Client verwenden&lt;/b&gt;: Es trägt den eingebauten Client %1 des Simulators und sein Secret %2 ein.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens the simulator's consent page.</source>
        <translation>Klicken Sie auf &lt;b&gt;Anmelden&lt;/b&gt;. Ihr Browser öffnet die Zustimmungsseite des Simulators.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it, and PatchDeck opens the console.</source>
        <translation>Klicken Sie auf &lt;b&gt;Accept&lt;/b&gt;. Der Tab sagt dann, dass Sie ihn schließen können, und PatchDeck öffnet die Konsole.</translation>
    </message>
    <message>
        <source>Enter the &lt;b&gt;Server URL&lt;/b&gt; of Patch Manager Plus and the &lt;b&gt;Accounts URL&lt;/b&gt; of its sign-in server. For &lt;b&gt;patchdeck-sim&lt;/b&gt;, both are the address it printed when it started (%1): type it as the Server URL and the Accounts URL follows.</source>
        <translation>Geben Sie die &lt;b&gt;Server-URL&lt;/b&gt; von Patch Manager Plus und die &lt;b&gt;Konten-URL&lt;/b&gt; seines Anmeldeservers ein. Für &lt;b&gt;patchdeck-sim&lt;/b&gt; ist beides die Adresse, die er beim Start ausgegeben hat (%1): Geben Sie sie als Server-URL ein, die Konten-URL folgt.</translation>
    </message>
    <message>
        <source>Connecting to patchdeck-sim, a test tenant or a proxy? Choose &lt;b&gt;Custom server&lt;/b&gt; under &lt;b&gt;Data centre&lt;/b&gt;.</source>
        <translation>Verbinden Sie sich mit patchdeck-sim, einem Testmandanten oder einem Proxy? Wählen Sie &lt;b&gt;Eigener Server&lt;/b&gt; unter &lt;b&gt;Rechenzentrum&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Generate Code&lt;/b&gt; tab, paste the scopes (&lt;b&gt;Copy&lt;/b&gt; next to &lt;b&gt;Scopes&lt;/b&gt; on the left gives them comma-separated):%1&lt;br&gt;pick a &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes leaves time to paste), type a description such as %2 and click &lt;b&gt;CREATE&lt;/b&gt;.</source>
        <translation>Fügen Sie auf der Registerkarte &lt;b&gt;Generate Code&lt;/b&gt; die Scopes ein (&lt;b&gt;Kopieren&lt;/b&gt; neben &lt;b&gt;Scopes&lt;/b&gt; links liefert sie durch Kommas getrennt):%1&lt;br&gt;wählen Sie eine &lt;b&gt;Time Duration&lt;/b&gt; (10 Minuten lassen Zeit zum Einfügen), geben Sie eine Beschreibung wie %2 ein und klicken Sie auf &lt;b&gt;CREATE&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInMethodTabs</name>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation>&amp;Browser (empfohlen)</translation>
    </message>
    <message>
        <source>Self Client &amp;code</source>
        <translation>Self-Client-&amp;Code</translation>
    </message>
    <message>
        <source>&amp;On-premises server</source>
        <translation>&amp;Lokaler Server</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInPage</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInStatusArea</name>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in link, to open it in a browser yourself</source>
        <translation>Den Anmeldelink kopieren, um ihn selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Your browser is showing Zoho's consent page. Sign in there if asked, check the permissions and click &lt;b&gt;Accept&lt;/b&gt;; PatchDeck continues by itself.</source>
        <translation>Ihr Browser zeigt die Zustimmungsseite von Zoho. Melden Sie sich dort bei Bedarf an, prüfen Sie die Berechtigungen und klicken Sie auf &lt;b&gt;Accept&lt;/b&gt;; PatchDeck macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>PatchDeck could not open a browser. Click &lt;b&gt;Copy link&lt;/b&gt;, paste the link into the browser where you use Zoho, and click &lt;b&gt;Accept&lt;/b&gt; there.</source>
        <translation>PatchDeck konnte keinen Browser öffnen. Klicken Sie auf &lt;b&gt;Link kopieren&lt;/b&gt;, fügen Sie den Link in den Browser ein, in dem Sie Zoho verwenden, und klicken Sie dort auf &lt;b&gt;Accept&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Access approved. Fetching the tokens from %1…</source>
        <translation>Zugriff genehmigt. Token werden von %1 abgerufen…</translation>
    </message>
    <message>
        <source>Still waiting for the browser…</source>
        <translation>Es wird weiter auf den Browser gewartet…</translation>
    </message>
    <message>
        <source>Check the certificate below. If it belongs to your organisation, trust its CA under Network… and sign in again.</source>
        <translation>Prüfen Sie das Zertifikat unten. Wenn es zu Ihrer Organisation gehört, vertrauen Sie seiner CA unter „Netzwerk…“ und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SinceLastRefreshSection</name>
    <message>
        <source>Since your last refresh</source>
        <translation>Seit Ihrer letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Fehlende kritische Patches</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Hochgradig anfällige Systeme</translation>
    </message>
    <message>
        <source>Agents not reporting</source>
        <translation>Agenten ohne Meldung</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>Fehlgeschlagene Scans</translation>
    </message>
    <message>
        <source>Compared with the summaries recorded at the refresh before, at %1. Net changes: the server reports counts, not events.</source>
        <translation>Verglichen mit den Übersichten der vorigen Aktualisierung um %1. Nettoänderungen: Der Server meldet Zahlen, keine Ereignisse.</translation>
    </message>
    <message>
        <source>The refresh before did not record this number.</source>
        <translation>Die vorige Aktualisierung hat diese Zahl nicht erfasst.</translation>
    </message>
    <message>
        <source>%1 at the refresh before</source>
        <translation>%1 bei der vorigen Aktualisierung</translation>
    </message>
    <message>
        <source>%1 at %2, %3 now</source>
        <translation>%1 um %2, jetzt %3</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>Systeme mit fehlgeschlagenen Verteilungen</translation>
    </message>
    <message>
        <source>Could not count them: %1</source>
        <translation>Nicht gezählt: %1</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>Noch nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::StatTile</name>
    <message>
        <source>▲ %1 in 30 days</source>
        <translation>▲ %1 in 30 Tagen</translation>
    </message>
    <message>
        <source>▼ %1 in 30 days</source>
        <translation>▼ %1 in 30 Tagen</translation>
    </message>
    <message>
        <source>No change in 30 days</source>
        <translation>Keine Änderung in 30 Tagen</translation>
    </message>
    <message>
        <source>▲ %1 since %2</source>
        <translation>▲ %1 seit %2</translation>
    </message>
    <message>
        <source>▼ %1 since %2</source>
        <translation>▼ %1 seit %2</translation>
    </message>
    <message>
        <source>No change since %1</source>
        <translation>Keine Änderung seit %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SummarySegments</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Anfällig</translation>
    </message>
    <message>
        <source>Moderately vulnerable: %1</source>
        <translation>Mäßig anfällig: %1</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Hochgradig anfällig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Health unknown (not scanned yet): %1</source>
        <translation>Integrität unbekannt (noch nicht gescannt): %1</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Nicht gescannt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Last scan succeeded: %1</source>
        <translation>Letzter Scan erfolgreich: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last scan failed: %1</source>
        <translation>Letzter Scan fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantBadge</name>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantOverviewModel</name>
    <message>
        <source>From the last session</source>
        <translation>Aus der letzten Sitzung</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Double-click to open %1 in its window</source>
        <translation>Doppelklicken, um %1 in seinem Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Missing critical</source>
        <translation>Fehlend kritisch</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Hochgradig anfällig</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>Agenten offline</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>Fehlgeschlagene Verteilungen</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantSummaryRefresher</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantWindows</name>
    <message>
        <source>Sign in to another tenant. It opens in a window of its own; the windows already open stay signed in to theirs.</source>
        <translation>Melden Sie sich bei einem weiteren Mandanten an. Er öffnet sich in einem eigenen Fenster; die bereits offenen Fenster bleiben bei ihren angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Tenants overview…</source>
        <translation>&amp;Mandantenübersicht…</translation>
    </message>
    <message>
        <source>Every profile's missing critical patches and highly vulnerable computers in one table</source>
        <translation>Fehlende kritische Patches und hochgradig gefährdete Computer aller Profile in einer Tabelle</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantsOverview</name>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>Tenants — PatchDeck</source>
        <translation>Mandanten — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</source>
        <translation>
            <numerusform>Jeder Mandant, für den PatchDeck ein Profil hat. Die Zahlen werden, solange dieses Fenster offen ist, im Abstand von %n Minute Mandant für Mandant aktualisiert; doppelklicken Sie auf einen Mandanten, um sein Fenster zu öffnen.</numerusform>
            <numerusform>Jeder Mandant, für den PatchDeck ein Profil hat. Die Zahlen werden, solange dieses Fenster offen ist, im Abstand von %n Minuten Mandant für Mandant aktualisiert; doppelklicken Sie auf einen Mandanten, um sein Fenster zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Fetch every tenant's summary now</source>
        <translation>Die Übersicht jedes Mandanten jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Open window</source>
        <translation>Fenster ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens the selected tenant in its window, or brings that window forward</source>
        <translation>Öffnet den gewählten Mandanten in seinem Fenster oder holt dieses nach vorn</translation>
    </message>
    <message>
        <source>Tenants (%1) — PatchDeck</source>
        <translation>Mandanten (%1) — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %n tenant(s) to go…</source>
        <translation>
            <numerusform>Aktualisierung: noch %n Mandant…</numerusform>
            <numerusform>Aktualisierung: noch %n Mandanten…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendChart</name>
    <message>
        <source>Not enough history yet — trends appear after a few refreshes</source>
        <translation>Noch nicht genug Verlauf — Trends erscheinen nach einigen Aktualisierungen</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>trend axis date format (QDateTime format)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendPanel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing critical and important patches</source>
        <translation>Fehlende kritische und wichtige Patches</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>Anfällige Systeme</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Hochgradig anfällig</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Anfällig</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendSection</name>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Recorded on this computer at each refresh, one snapshot per hour: the server keeps no history of these numbers.</source>
        <translation>Bei jeder Aktualisierung auf diesem Computer aufgezeichnet, ein Schnappschuss pro Stunde: Der Server speichert keinen Verlauf dieser Zahlen.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendTable</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>pmp::ui::UninstallPatchesDialog</name>
    <message>
        <source>Uninstall patches</source>
        <translation>Patches deinstallieren</translation>
    </message>
    <message>
        <source>The patches are removed from every computer that has them. Computers become vulnerable again to what the patches fixed.</source>
        <translation>Die Patches werden von jedem Computer entfernt, der sie hat. Die Computer werden wieder anfällig für das, was die Patches behoben haben.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Patches:</source>
        <translation>Patches:</translation>
    </message>
    <message>
        <source>PatchDeck uninstall %1</source>
        <translation>PatchDeck-Deinstallation %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>Optional: Grund, Ticketnummer…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Save as draft (nothing is uninstalled)</source>
        <translation>Als Entwurf speichern (nichts wird deinstalliert)</translation>
    </message>
    <message>
        <source>Uninstall when each agent next contacts the server</source>
        <translation>Deinstallieren, wenn jeder Agent den Server das nächste Mal kontaktiert</translation>
    </message>
    <message>
        <source>Uninstall immediately</source>
        <translation>Sofort deinstallieren</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>Bereitstellungs&amp;richtlinie:</translation>
    </message>
</context>
</TS>
