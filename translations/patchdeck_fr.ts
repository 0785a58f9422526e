<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Report id %1</source>
        <translation>ID de rapport %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 critical, %2 important, %3 moderate or %4 low missing patches</source>
        <translation>%1 correctifs critiques, %2 importants, %3 modérés ou %4 faibles manquants</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with a simulated Patch Manager Plus server (no account or network needed).</source>
        <translation>Démarrer avec un serveur Patch Manager Plus simulé (aucun compte ni réseau nécessaire).</translation>
    </message>
    <message>
        <source>Number of computers in the demo fleet.</source>
        <translation>Nombre d'ordinateurs du parc de démonstration.</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>Graine du parc de démonstration.</translation>
    </message>
    <message>
        <source>Connect to this server URL with the token in PATCHDECK_TOKEN.</source>
        <translation>Se connecter à cette URL de serveur avec le jeton de PATCHDECK_TOKEN.</translation>
    </message>
    <message>
        <source>Server kind for --server: cloud or onprem.</source>
        <translation>Type de serveur pour --server : cloud ou onprem.</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>Serveur de démonstration %1</translation>
    </message>
    <message>
        <source>Desktop console for ManageEngine Patch Manager Plus Cloud.
Headless export for scripts: patchdeck export --help</source>
        <translation>Console de bureau pour ManageEngine Patch Manager Plus Cloud.
Exportation sans interface pour les scripts : patchdeck export --help</translation>
    </message>
    <message>
        <source>Open the window on this view (a view name of patchdeck export --help, or the name of a saved view).</source>
        <translation>Ouvrir la fenêtre sur cette vue (un nom de vue de patchdeck export --help ou le nom d’une vue enregistrée).</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionNames</name>
    <message>
        <source>Install all missing patches</source>
        <translation>Installer tous les correctifs manquants</translation>
    </message>
    <message>
        <source>Install patches on chosen computers</source>
        <translation>Installer des correctifs sur les ordinateurs choisis</translation>
    </message>
    <message>
        <source>Install patches on all computers</source>
        <translation>Installer des correctifs sur tous les ordinateurs</translation>
    </message>
    <message>
        <source>Uninstall patches</source>
        <translation>Désinstaller des correctifs</translation>
    </message>
    <message>
        <source>Scan computers</source>
        <translation>Analyser des ordinateurs</translation>
    </message>
    <message>
        <source>Scan all computers</source>
        <translation>Analyser tous les ordinateurs</translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>Approuver des correctifs</translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>Retirer l'approbation de correctifs</translation>
    </message>
    <message>
        <source>Change automatic deployment task</source>
        <translation>Modifier la tâche de déploiement automatique</translation>
    </message>
    <message>
        <source>Delete automatic deployment task</source>
        <translation>Supprimer la tâche de déploiement automatique</translation>
    </message>
    <message>
        <source>Create automatic deployment task</source>
        <translation>Créer une tâche de déploiement automatique</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task</source>
        <translation>Suspendre la tâche de déploiement automatique</translation>
    </message>
    <message>
        <source>Resume automatic deployment task</source>
        <translation>Reprendre la tâche de déploiement automatique</translation>
    </message>
    <message>
        <source>Decline patches (deprecated operation)</source>
        <translation>Refuser des correctifs (opération obsolète)</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>Refuser des correctifs</translation>
    </message>
    <message>
        <source>Uninstall agent</source>
        <translation>Désinstaller l'agent</translation>
    </message>
    <message>
        <source>Install agent</source>
        <translation>Installer l'agent</translation>
    </message>
    <message>
        <source>Remove computers</source>
        <translation>Retirer des ordinateurs</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Lancer l'analyse</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Unapprove</source>
        <translation>Retirer l'approbation</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Créer la tâche</translation>
    </message>
    <message>
        <source>Suspend task</source>
        <translation>Suspendre la tâche</translation>
    </message>
    <message>
        <source>Resume task</source>
        <translation>Reprendre la tâche</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionOutcome</name>
    <message>
        <source>Deployment › Configurations</source>
        <translation>Déploiement › Configurations</translation>
    </message>
    <message>
        <source>the Approval column of Patches › Applicable patches</source>
        <translation>la colonne Approbation de Correctifs › Correctifs applicables</translation>
    </message>
    <message>
        <source>Systems and health › Scan status</source>
        <translation>Systèmes et santé › État des analyses</translation>
    </message>
    <message>
        <source>Fleet › Computers</source>
        <translation>Parc › Ordinateurs</translation>
    </message>
    <message>
        <source>the Automatic Patch Deployment page of the Patch Manager Plus web console</source>
        <translation>la page Déploiement automatique des correctifs de la console web Patch Manager Plus</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Done: the server accepted the request.</source>
        <translation>Fait : le serveur a accepté la requête.</translation>
    </message>
    <message>
        <source>Done: the server answered “%1”.</source>
        <translation>Fait : le serveur a répondu « %1 ».</translation>
    </message>
    <message>
        <source>%1 Follow the configuration in Deployment › Configurations.</source>
        <translation>%1 Suivez la configuration dans Déploiement › Configurations.</translation>
    </message>
    <message>
        <source>Outcome unknown — the connection was lost after the request was sent, so the server may or may not have carried it out. Check %1 before trying again. PatchDeck does not send it again.</source>
        <translation>Résultat inconnu — la connexion a été perdue après l'envoi de la requête, le serveur l'a donc peut-être exécutée, ou pas. Vérifiez %1 avant de réessayer. PatchDeck ne la renvoie pas.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionRunner</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Permission to make changes (%1) was not granted; nothing was sent.</source>
        <translation>L'autorisation d'effectuer des modifications (%1) n'a pas été accordée ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Permission to make changes was refused.</source>
        <translation>L'autorisation d'effectuer des modifications a été refusée.</translation>
    </message>
    <message>
        <source>The action journal could not record this action, so it was not sent. Check that PatchDeck can write its data folder.</source>
        <translation>Le journal des actions n'a pas pu enregistrer cette action, elle n'a donc pas été envoyée. Vérifiez que PatchDeck peut écrire dans son dossier de données.</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>Accepté par le serveur</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ApdTaskBook</name>
    <message>
        <source>Enter the task's name exactly as the web console shows it.</source>
        <translation>Saisissez le nom de la tâche exactement tel que la console web l'affiche.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>« %1 » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>The task could not be saved in the local store.</source>
        <translation>La tâche n'a pas pu être enregistrée dans le stockage local.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ConfirmationRule</name>
    <message>
        <source>Removed computers are no longer managed; bringing them back means reinstalling the agent.</source>
        <translation>Les ordinateurs retirés ne sont plus gérés ; pour les récupérer, il faut réinstaller l'agent.</translation>
    </message>
    <message>
        <source>Without the agent these computers receive no patches and report nothing until it is reinstalled.</source>
        <translation>Sans l'agent, ces ordinateurs ne reçoivent aucun correctif et ne signalent rien tant qu'il n'est pas réinstallé.</translation>
    </message>
    <message>
        <source>Uninstalling patches reopens the vulnerabilities they fixed, on every computer that has them.</source>
        <translation>Désinstaller des correctifs rouvre les vulnérabilités qu'ils corrigeaient, sur chaque ordinateur qui les possède.</translation>
    </message>
    <message>
        <source>A deleted task cannot be restored; it must be created again.</source>
        <translation>Une tâche supprimée ne peut pas être restaurée ; elle doit être recréée.</translation>
    </message>
    <message>
        <source>This action cannot be undone from PatchDeck.</source>
        <translation>Cette action ne peut pas être annulée depuis PatchDeck.</translation>
    </message>
    <message>
        <source>This action reaches every managed computer.</source>
        <translation>Cette action concerne tous les ordinateurs gérés.</translation>
    </message>
    <message numerus="yes">
        <source>This action reaches %n targets.</source>
        <translation>
            <numerusform>Cette action concerne %n cible.</numerusform>
            <numerusform>Cette action concerne %n cibles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::actions::CustomGroupDirectory</name>
    <message>
        <source>Looking for custom groups in the query reports…</source>
        <translation>Recherche des groupes personnalisés dans les rapports de requête…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer group(s) from the query report “%1”, as of %2.</source>
        <translation>
            <numerusform>%n groupe d'ordinateurs du rapport de requête « %1 », au %2.</numerusform>
            <numerusform>%n groupes d'ordinateurs du rapport de requête « %1 », au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A query report lists the custom groups, but without their ids. Add the resource_id column to it in the web console (Reports › Query Reports), then look again.</source>
        <translation>Un rapport de requête liste les groupes personnalisés, mais sans leurs ID. Ajoutez-y la colonne resource_id dans la console web (Rapports › Rapports de requête), puis relancez la recherche.</translation>
    </message>
    <message>
        <source>No query report lists custom groups with their ids. Create one in the web console (Reports › Query Reports) that selects the custom groups' resource_id and name, then look again.</source>
        <translation>Aucun rapport de requête ne liste les groupes personnalisés avec leurs ID. Créez-en un dans la console web (Rapports › Rapports de requête) qui sélectionne le resource_id et le nom des groupes personnalisés, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>The query reports could not be read: %1</source>
        <translation>Les rapports de requête n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::DeclineFallback</name>
    <message>
        <source>This server does not offer the current decline operation. The deprecated one (to be removed by the vendor in October 2026) can decline the same patches, but only for all computers and without reasons or remarks.</source>
        <translation>Ce serveur ne propose pas l'opération de refus actuelle. L'ancienne (que l'éditeur supprimera d'ici octobre 2026) peut refuser les mêmes correctifs, mais seulement pour tous les ordinateurs et sans motifs ni remarques.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::RequestPreview</name>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer.</source>
        <translation>resourceids est vide : sélectionnez au moins un ordinateur.</translation>
    </message>
    <message>
        <source>Install the Patch Manager Plus agent on %1</source>
        <translation>Installer l'agent Patch Manager Plus sur %1</translation>
    </message>
    <message>
        <source>Uninstall the Patch Manager Plus agent from %1</source>
        <translation>Désinstaller l'agent Patch Manager Plus de %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation>
            <numerusform>Retirer %1 de Patch Manager Plus ; il ne sera plus géré</numerusform>
            <numerusform>Retirer %1 de Patch Manager Plus ; ils ne seront plus gérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n ordinateur</numerusform>
            <numerusform>%n ordinateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskActionRequest</name>
    <message>
        <source>taskname is required: name the task.</source>
        <translation>taskname est obligatoire : nommez la tâche.</translation>
    </message>
    <message>
        <source>Delete automatic deployment task %1</source>
        <translation>Supprimer la tâche de déploiement automatique %1</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task %1</source>
        <translation>Suspendre la tâche de déploiement automatique %1</translation>
    </message>
    <message>
        <source>Resume automatic deployment task %1</source>
        <translation>Reprendre la tâche de déploiement automatique %1</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskSettings</name>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 contient un nom vide.</translation>
    </message>
    <message>
        <source>“%1” contains a comma, which separates the names in %2.</source>
        <translation>« %1 » contient une virgule, qui sépare les noms dans %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>deployment policy</source>
        <translation>stratégie de déploiement</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>type de cible</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>cibles</translation>
    </message>
    <message>
        <source>security updates</source>
        <translation>mises à jour de sécurité</translation>
    </message>
    <message>
        <source>non-security updates</source>
        <translation>mises à jour hors sécurité</translation>
    </message>
    <message>
        <source>third-party updates</source>
        <translation>mises à jour tierces</translation>
    </message>
    <message>
        <source>definition updates</source>
        <translation>mises à jour de définitions</translation>
    </message>
    <message>
        <source>service packs</source>
        <translation>service packs</translation>
    </message>
    <message>
        <source>feature packs</source>
        <translation>feature packs</translation>
    </message>
    <message>
        <source>rollups</source>
        <translation>correctifs cumulatifs</translation>
    </message>
    <message>
        <source>optional updates</source>
        <translation>mises à jour facultatives</translation>
    </message>
    <message>
        <source>driver updates</source>
        <translation>mises à jour de pilotes</translation>
    </message>
    <message>
        <source>preview rollups</source>
        <translation>correctifs cumulatifs en préversion</translation>
    </message>
    <message>
        <source>OS application selection</source>
        <translation>sélection des applications du système</translation>
    </message>
    <message>
        <source>OS applications</source>
        <translation>applications du système</translation>
    </message>
    <message>
        <source>third-party application selection</source>
        <translation>sélection des applications tierces</translation>
    </message>
    <message>
        <source>third-party applications</source>
        <translation>applications tierces</translation>
    </message>
    <message>
        <source>deployment delay</source>
        <translation>délai de déploiement</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>notification e-mail</source>
        <translation>e-mail de notification</translation>
    </message>
    <message>
        <source>failure notifications</source>
        <translation>notifications d'échec</translation>
    </message>
    <message>
        <source>failure notification interval</source>
        <translation>intervalle des notifications d'échec</translation>
    </message>
    <message>
        <source>failure report attachment</source>
        <translation>pièce jointe du rapport d'échecs</translation>
    </message>
    <message>
        <source>failure report format</source>
        <translation>format du rapport d'échecs</translation>
    </message>
    <message>
        <source>report notifications</source>
        <translation>notifications de rapport</translation>
    </message>
    <message>
        <source>report notification interval</source>
        <translation>intervalle des notifications de rapport</translation>
    </message>
    <message>
        <source>report attachment</source>
        <translation>pièce jointe du rapport</translation>
    </message>
    <message>
        <source>report format</source>
        <translation>format du rapport</translation>
    </message>
    <message>
        <source>%1 is not applicable to %2 tasks: %3 are not available on %2.</source>
        <translation>%1 ne s'applique pas aux tâches %2 : les %3 ne sont pas disponibles sur %2.</translation>
    </message>
    <message>
        <source>At least one applicable update type must be selected for the chosen platform (%1).</source>
        <translation>Au moins un type de mise à jour applicable doit être sélectionné pour la plateforme choisie (%1).</translation>
    </message>
    <message>
        <source>%1 is “%2” but %3 is empty: name at least one application.</source>
        <translation>%1 vaut « %2 » mais %3 est vide : indiquez au moins une application.</translation>
    </message>
    <message>
        <source>failure_notify_duration is %1 days; it must be at least 1.</source>
        <translation>failure_notify_duration vaut %1 jours ; il doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>report_notify_duration is %1 days; it must be at least 1.</source>
        <translation>report_notify_duration vaut %1 jours ; il doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>attachmentFormatForFailure “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForFailure « %1 » n'est pas xls, pdf ou csv.</translation>
    </message>
    <message>
        <source>attachmentFormatForReport “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForReport « %1 » n'est pas xls, pdf ou csv.</translation>
    </message>
    <message>
        <source>Notifications are on but no e-mail address is given.</source>
        <translation>Les notifications sont activées, mais aucune adresse e-mail n'est indiquée.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>« %1 » n'est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>taskName is required: name the task.</source>
        <translation>taskName est obligatoire : nommez la tâche.</translation>
    </message>
    <message>
        <source>templateName is required: choose the deployment policy the task uses.</source>
        <translation>templateName est obligatoire : choisissez la stratégie de déploiement utilisée par la tâche.</translation>
    </message>
    <message>
        <source>platform must be Windows, Mac or Linux.</source>
        <translation>platform doit être Windows, Mac ou Linux.</translation>
    </message>
    <message>
        <source>target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP.</source>
        <translation>target_type doit être DOMAIN, REMOTE_OFFICE ou CUSTOM_GROUP.</translation>
    </message>
    <message>
        <source>Changing target_type needs target_list as well: name the new targets.</source>
        <translation>Changer target_type nécessite aussi target_list : indiquez les nouvelles cibles.</translation>
    </message>
    <message>
        <source>target_list is empty: choose at least one target.</source>
        <translation>target_list est vide : choisissez au moins une cible.</translation>
    </message>
    <message>
        <source>The delay must count from approval or from release.</source>
        <translation>Le délai doit courir à partir de l'approbation ou de la publication.</translation>
    </message>
    <message>
        <source>The API has no way to clear a delay: set a delay after approval or after release.</source>
        <translation>L'API ne permet pas de supprimer un délai : définissez un délai après approbation ou après publication.</translation>
    </message>
    <message>
        <source>%1 is %2; a delay must be at least 1.</source>
        <translation>%1 vaut %2 ; un délai doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>EXPIRY_TIME is not a valid date and time (MM/dd/yyyy, HH:mm).</source>
        <translation>EXPIRY_TIME n'est pas une date et heure valide (MM/dd/yyyy, HH:mm).</translation>
    </message>
    <message>
        <source>The task expiry (%1) is not in the future.</source>
        <translation>L'expiration de la tâche (%1) n'est pas dans le futur.</translation>
    </message>
    <message>
        <source>deadlineSettings.forceRebootOption must be 0 (disabled), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>deadlineSettings.forceRebootOption doit valoir 0 (désactivé), 1 (dans la fenêtre) ou 2 (hors de la fenêtre) ; %1 n'en fait pas partie.</translation>
    </message>
    <message>
        <source>deadlineSettings.preferredDays is %1; with the deadline enabled it must be at least 1 day.</source>
        <translation>deadlineSettings.preferredDays vaut %1 ; avec l'échéance activée, il doit être d'au moins 1 jour.</translation>
    </message>
    <message>
        <source>%1 must be all applications, Patch Specific Applications or Patch All Applications Except.</source>
        <translation>%1 doit être « toutes les applications », « Patch Specific Applications » ou « Patch All Applications Except ».</translation>
    </message>
    <message>
        <source>The API has no documented value of %1 for all applications, so a task cannot be switched back to them: delete the task and create it again.</source>
        <translation>L'API n'a pas de valeur documentée de %1 pour toutes les applications, une tâche ne peut donc pas y revenir : supprimez la tâche et recréez-la.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>pmp::api::CreateApdTaskRequest</name>
    <message>
        <source>Create automatic deployment task %1 for %2 on %3</source>
        <translation>Créer la tâche de déploiement automatique %1 pour %2 sur %3</translation>
    </message>
    <message>
        <source>deployment policy %1</source>
        <translation>stratégie de déploiement %1</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n site distant</numerusform>
            <numerusform>%n sites distants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n groupe personnalisé</numerusform>
            <numerusform>%n groupes personnalisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeclinePatchesRequest</name>
    <message>
        <source>Vendor-reported patch issue</source>
        <translation>Problème de correctif signalé par l'éditeur</translation>
    </message>
    <message>
        <source>Accepted Risk - Not Applicable to Environment</source>
        <translation>Risque accepté – non applicable à l'environnement</translation>
    </message>
    <message>
        <source>Accepted Risk - Known Application Conflict</source>
        <translation>Risque accepté – conflit d'application connu</translation>
    </message>
    <message>
        <source>Accepted Risk - Managed by Alternative Method</source>
        <translation>Risque accepté – géré par une autre méthode</translation>
    </message>
    <message>
        <source>Other (Specify Below)</source>
        <translation>Autre (préciser ci-dessous)</translation>
    </message>
    <message>
        <source>The server does not decline Linux patches: they are left out of this request automatically.</source>
        <translation>Le serveur ne refuse pas les correctifs Linux : ils sont automatiquement exclus de cette requête.</translation>
    </message>
    <message>
        <source>Patches list is empty: select at least one patch to decline.</source>
        <translation>La liste des correctifs est vide : sélectionnez au moins un correctif à refuser.</translation>
    </message>
    <message>
        <source>Patch %1 has id %2, which is not a numeric patch id.</source>
        <translation>Le correctif %1 a l'ID %2, qui n'est pas un ID de correctif numérique.</translation>
    </message>
    <message>
        <source>Patch id %1 is listed more than once.</source>
        <translation>L'ID de correctif %1 figure plusieurs fois.</translation>
    </message>
    <message>
        <source>reasonId is mandatory for patch id: %1. Choose why it is declined.</source>
        <translation>reasonId est obligatoire pour l'ID de correctif %1. Choisissez pourquoi il est refusé.</translation>
    </message>
    <message>
        <source>reasonId %1 for patch id %2 is not one of the reasons 1 to 5.</source>
        <translation>reasonId %1 pour l'ID de correctif %2 ne fait pas partie des motifs 1 à 5.</translation>
    </message>
    <message>
        <source>Remarks are required for patch id %1: say why it is declined.</source>
        <translation>Des remarques sont obligatoires pour l'ID de correctif %1 : dites pourquoi il est refusé.</translation>
    </message>
    <message>
        <source>The reason for patch id %1 is “Other”: describe it in at least %2 characters.</source>
        <translation>Le motif de l'ID de correctif %1 est « Autre » : décrivez-le en au moins %2 caractères.</translation>
    </message>
    <message>
        <source>Every selected patch is a Linux patch, and the server excludes Linux patches: nothing would be declined.</source>
        <translation>Tous les correctifs sélectionnés sont des correctifs Linux, et le serveur exclut les correctifs Linux : rien ne serait refusé.</translation>
    </message>
    <message>
        <source>customGroupID is empty: choose at least one custom group.</source>
        <translation>customGroupID est vide : choisissez au moins un groupe personnalisé.</translation>
    </message>
    <message>
        <source>Custom group id “%1” is not numeric.</source>
        <translation>L'ID de groupe personnalisé « %1 » n'est pas numérique.</translation>
    </message>
    <message>
        <source>Custom group id %1 is listed more than once.</source>
        <translation>L'ID de groupe personnalisé %1 figure plusieurs fois.</translation>
    </message>
    <message>
        <source>All Computer Groups cannot be selected with other Custom Groups: the All Computers Group already covers every computer.</source>
        <translation>All Computer Groups ne peut pas être sélectionné avec d'autres groupes personnalisés : le groupe All Computers couvre déjà tous les ordinateurs.</translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>tous les ordinateurs</translation>
    </message>
    <message>
        <source>Decline %1 for %2</source>
        <translation>Refuser %1 pour %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <source>Linux patches are skipped by the server</source>
        <translation>Les correctifs Linux sont ignorés par le serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n correctif</numerusform>
            <numerusform>%n correctifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n groupe personnalisé</numerusform>
            <numerusform>%n groupes personnalisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::DeploymentOptions</name>
    <message>
        <source>deploy when the agents next contact the server</source>
        <translation>déployer au prochain contact des agents avec le serveur</translation>
    </message>
    <message>
        <source>deploy immediately</source>
        <translation>déployer immédiatement</translation>
    </message>
    <message>
        <source>save as draft</source>
        <translation>enregistrer comme brouillon</translation>
    </message>
    <message>
        <source>force reboot within the deployment window</source>
        <translation>forcer le redémarrage dans la fenêtre de déploiement</translation>
    </message>
    <message>
        <source>force reboot outside the deployment window</source>
        <translation>forcer le redémarrage hors de la fenêtre de déploiement</translation>
    </message>
</context>
<context>
    <name>pmp::api::Filters</name>
    <message>
        <source>Unrated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérable</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Très vulnérable</translation>
    </message>
    <message>
        <source>Security Updates</source>
        <translation>Mises à jour de sécurité</translation>
    </message>
    <message>
        <source>Non-Security Updates</source>
        <translation>Mises à jour hors sécurité</translation>
    </message>
    <message>
        <source>Third-Party Updates</source>
        <translation>Mises à jour tierces</translation>
    </message>
    <message>
        <source>Definition Update</source>
        <translation>Mise à jour de définitions</translation>
    </message>
    <message>
        <source>Service Packs</source>
        <translation>Service packs</translation>
    </message>
    <message>
        <source>Feature Packs</source>
        <translation>Feature packs</translation>
    </message>
    <message>
        <source>Rollups</source>
        <translation>Correctifs cumulatifs</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Optional Updates</source>
        <translation>Mises à jour facultatives</translation>
    </message>
    <message>
        <source>Preview Rollups</source>
        <translation>Correctifs cumulatifs en préversion</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Automatic reboot</source>
        <translation>Redémarrage automatique</translation>
    </message>
    <message>
        <source>May require</source>
        <translation>Peut être requis</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>Site distant</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Custom group</source>
        <translation>Groupe personnalisé</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>Bulletin ID</source>
        <translation>ID de bulletin</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID de correctif</translation>
    </message>
    <message>
        <source>Patch status</source>
        <translation>État du correctif</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Patch name</source>
        <translation>Nom du correctif</translation>
    </message>
    <message>
        <source>Update type</source>
        <translation>Type de mise à jour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Install error code</source>
        <translation>Code d'erreur d'installation</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>CVE IDs</source>
        <translation>ID CVE</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unapproved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Approved time</source>
        <translation>Date d'approbation</translation>
    </message>
    <message>
        <source>KB number</source>
        <translation>Numéro KB</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>Pris en charge depuis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Uninstall support</source>
        <translation>Désinstallation possible</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>État de l'approbation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployé</translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation>Nouvelle tentative en cours</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>État en direct</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nom de l'ordinateur</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>Installation de l'agent</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>À installer</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Désinstallé</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>Échec de la désinstallation</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>Échec de l'installation</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>Le nom contient</translation>
    </message>
    <message>
        <source>Service tag</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>Dans les 3 jours</translation>
    </message>
    <message>
        <source>4 to 7 days ago</source>
        <translation>Il y a 4 à 7 jours</translation>
    </message>
    <message>
        <source>8 to 15 days ago</source>
        <translation>Il y a 8 à 15 jours</translation>
    </message>
    <message>
        <source>16 to 30 days ago</source>
        <translation>Il y a 16 à 30 jours</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Il y a plus de 30 jours</translation>
    </message>
</context>
<context>
    <name>pmp::api::I18nText</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Installed successfully</source>
        <translation>Installé avec succès</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>À installer</translation>
    </message>
    <message>
        <source>Uninstalled successfully</source>
        <translation>Désinstallé avec succès</translation>
    </message>
    <message>
        <source>Agent installed successfully</source>
        <translation>Agent installé avec succès</translation>
    </message>
    <message>
        <source>Scan completed successfully</source>
        <translation>Analyse terminée avec succès</translation>
    </message>
    <message>
        <source>Draft (download failed)</source>
        <translation>Brouillon (échec du téléchargement)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Patch downloaded successfully</source>
        <translation>Correctif téléchargé avec succès</translation>
    </message>
    <message>
        <source>Agent installation failed: unknown credentials</source>
        <translation>Échec de l'installation de l'agent : identifiants inconnus</translation>
    </message>
</context>
<context>
    <name>pmp::api::InstallPatchesRequest</name>
    <message>
        <source>Choose one target set: %1 and %2 cannot be sent together.</source>
        <translation>Choisissez un seul ensemble de cibles : %1 et %2 ne peuvent pas être envoyés ensemble.</translation>
    </message>
    <message>
        <source>Installing all missing patches needs a target set: one of ResourceIDs, resourceNames, customGroups, ipAddresses or remoteOffices.</source>
        <translation>Installer tous les correctifs manquants nécessite un ensemble de cibles : ResourceIDs, resourceNames, customGroups, ipAddresses ou remoteOffices.</translation>
    </message>
    <message>
        <source>ResourceIDs is empty: select at least one computer.</source>
        <translation>ResourceIDs est vide : sélectionnez au moins un ordinateur.</translation>
    </message>
    <message>
        <source>resourceNames is empty: select at least one computer.</source>
        <translation>resourceNames est vide : sélectionnez au moins un ordinateur.</translation>
    </message>
    <message>
        <source>customGroups is empty: select at least one custom group.</source>
        <translation>customGroups est vide : sélectionnez au moins un groupe personnalisé.</translation>
    </message>
    <message>
        <source>ipAddresses is empty: enter at least one IP address.</source>
        <translation>ipAddresses est vide : saisissez au moins une adresse IP.</translation>
    </message>
    <message>
        <source>ipAddresses: “%1” is not an IP address.</source>
        <translation>ipAddresses : « %1 » n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>remoteOffices is empty: select at least one remote office.</source>
        <translation>remoteOffices est vide : sélectionnez au moins un site distant.</translation>
    </message>
    <message>
        <source>installaftertime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>installaftertime n'est pas une date et heure valide (yyyy-MM-dd HH:mm).</translation>
    </message>
    <message>
        <source>expirytime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>expirytime n'est pas une date et heure valide (yyyy-MM-dd HH:mm).</translation>
    </message>
    <message>
        <source>The expiry time (%1) must be later than the install-after time (%2).</source>
        <translation>L'heure d'expiration (%1) doit être postérieure à l'heure de début d'installation (%2).</translation>
    </message>
    <message>
        <source>The expiry time (%1) is not in the future: the configuration would never apply.</source>
        <translation>L'heure d'expiration (%1) n'est pas dans le futur : la configuration ne s'appliquerait jamais.</translation>
    </message>
    <message>
        <source>deadlineTime is not a valid date and time.</source>
        <translation>deadlineTime n'est pas une date et heure valide.</translation>
    </message>
    <message>
        <source>The deadline (%1) is not in the future.</source>
        <translation>L'échéance (%1) n'est pas dans le futur.</translation>
    </message>
    <message>
        <source>The deadline (%1) is more than one year ahead; at most one year is supported.</source>
        <translation>L'échéance (%1) est à plus d'un an ; un an au maximum est pris en charge.</translation>
    </message>
    <message>
        <source>PatchIDs is empty: select at least one patch (or choose to install all missing patches).</source>
        <translation>PatchIDs est vide : sélectionnez au moins un correctif (ou choisissez d'installer tous les correctifs manquants).</translation>
    </message>
    <message>
        <source>isOnlyApproved applies only when installing all missing patches (without PatchIDs).</source>
        <translation>isOnlyApproved ne s'applique qu'à l'installation de tous les correctifs manquants (sans PatchIDs).</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName est obligatoire : nommez la configuration.</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName fait %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform doit être Deploy, Deploy Immediately ou Draft.</translation>
    </message>
    <message>
        <source>deploymentType must be 0 (deploy only), 1 (Self Service Portal only) or 2 (both); %1 is not one of them.</source>
        <translation>deploymentType doit valoir 0 (déploiement seul), 1 (Self Service Portal seul) ou 2 (les deux) ; %1 n'en fait pas partie.</translation>
    </message>
    <message>
        <source>forceRebootOption must be 0 (not configured), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>forceRebootOption doit valoir 0 (non configuré), 1 (dans la fenêtre) ou 2 (hors de la fenêtre) ; %1 n'en fait pas partie.</translation>
    </message>
    <message>
        <source>noOfRetries must be between 1 and 10; %1 is not.</source>
        <translation>noOfRetries doit être compris entre 1 et 10 ; %1 ne l'est pas.</translation>
    </message>
    <message>
        <source>logonStartupMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>logonStartupMinRetry doit être compris entre 0 et 9 ; %1 ne l'est pas.</translation>
    </message>
    <message>
        <source>refreshMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>refreshMinRetry doit être compris entre 0 et 9 ; %1 ne l'est pas.</translation>
    </message>
    <message>
        <source>Retry count: logonStartupMinRetry + refreshMinRetry (%1 + %2) must equal noOfRetries (%3).</source>
        <translation>Nombre de tentatives : logonStartupMinRetry + refreshMinRetry (%1 + %2) doit être égal à noOfRetries (%3).</translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>tous les ordinateurs</translation>
    </message>
    <message>
        <source>all missing approved patches</source>
        <translation>tous les correctifs approuvés manquants</translation>
    </message>
    <message>
        <source>all missing patches</source>
        <translation>tous les correctifs manquants</translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation>Installer %1 sur %2</translation>
    </message>
    <message>
        <source>publish in the Self Service Portal only</source>
        <translation>publier uniquement dans le Self Service Portal</translation>
    </message>
    <message>
        <source>also publish in the Self Service Portal</source>
        <translation>publier aussi dans le Self Service Portal</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Tous les ordinateurs</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for every deployment type: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID est obligatoire pour tout type de déploiement : choisissez une stratégie de déploiement.</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n ordinateur</numerusform>
            <numerusform>%n ordinateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n groupe personnalisé</numerusform>
            <numerusform>%n groupes personnalisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n adresse IP</numerusform>
            <numerusform>%n adresses IP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n site distant</numerusform>
            <numerusform>%n sites distants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n correctif</numerusform>
            <numerusform>%n correctifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::LegacyDeclineRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to decline.</source>
        <translation>patchids est vide : sélectionnez au moins un correctif à refuser.</translation>
    </message>
    <message>
        <source>%1 patches selected; the legacy decline takes at most %2 per request.</source>
        <translation>%1 correctifs sélectionnés ; l'ancien refus en accepte au plus %2 par requête.</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es) for all computers (legacy endpoint)</source>
        <translation>
            <numerusform>Refuser %n correctif pour tous les ordinateurs (ancien point de terminaison)</numerusform>
            <numerusform>Refuser %n correctifs pour tous les ordinateurs (ancien point de terminaison)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ListQuery</name>
    <message>
        <source>"%1" is not a filter of %2 (%3).</source>
        <translation>« %1 » n'est pas un filtre de %2 (%3).</translation>
    </message>
    <message>
        <source>"%1" is not a documented value of %2; use one of: %3.</source>
        <translation>« %1 » n'est pas une valeur documentée de %2 ; utilisez l'une de : %3.</translation>
    </message>
    <message>
        <source>%1 needs "%2" (%3).</source>
        <translation>%1 nécessite « %2 » (%3).</translation>
    </message>
    <message>
        <source>%1 needs a report id.</source>
        <translation>%1 nécessite un ID de rapport.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ModifyApdTaskRequest</name>
    <message>
        <source>taskname is required: name the task to modify.</source>
        <translation>taskname est obligatoire : nommez la tâche à modifier.</translation>
    </message>
    <message>
        <source>Nothing to change: set at least one setting of the task.</source>
        <translation>Rien à modifier : définissez au moins un paramètre de la tâche.</translation>
    </message>
    <message>
        <source>Change automatic deployment task %1: %2</source>
        <translation>Modifier la tâche de déploiement automatique %1 : %2</translation>
    </message>
</context>
<context>
    <name>pmp::api::PagedFetch</name>
    <message>
        <source>Page %1 could not be fetched: %2</source>
        <translation>La page %1 n'a pas pu être récupérée : %2</translation>
    </message>
    <message>
        <source>The server changed its page size from %1 to %2 during the fetch; refresh to load a consistent list.</source>
        <translation>Le serveur a changé sa taille de page de %1 à %2 pendant la récupération ; actualisez pour charger une liste cohérente.</translation>
    </message>
    <message>
        <source>The list changed on the server while loading: %1 items arrived but the server now reports %2. Refresh to load a consistent list.</source>
        <translation>La liste a changé sur le serveur pendant le chargement : %1 éléments sont arrivés mais le serveur en annonce maintenant %2. Actualisez pour charger une liste cohérente.</translation>
    </message>
    <message>
        <source>The list is incomplete.</source>
        <translation>La liste est incomplète.</translation>
    </message>
    <message>
        <source>The list keeps changing on the server (its total changed %1 times while loading); try again later.</source>
        <translation>La liste ne cesse de changer sur le serveur (son total a changé %1 fois pendant le chargement) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server reports %1 items but served more on page %2: its totals cannot be trusted, so the list cannot be loaded completely. Refresh to try again.</source>
        <translation>Le serveur annonce %1 éléments mais en a servi davantage à la page %2 : ses totaux ne sont pas fiables, la liste ne peut donc pas être chargée entièrement. Actualisez pour réessayer.</translation>
    </message>
    <message>
        <source>The server reports %1 items in pages of %2: more than PatchDeck loads in one list (%3 items, %4 requests). Narrow the list with a filter.</source>
        <translation>Le serveur annonce %1 éléments par pages de %2 : plus que PatchDeck ne charge dans une liste (%3 éléments, %4 requêtes). Restreignez la liste avec un filtre.</translation>
    </message>
    <message>
        <source>The server answered page %1 when asked for page %2: it does not page this list as documented, so the list cannot be loaded completely.</source>
        <translation>Le serveur a renvoyé la page %1 alors que la page %2 était demandée : il ne pagine pas cette liste comme documenté, elle ne peut donc pas être chargée entièrement.</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages; the server's paging cannot be followed.</source>
        <translation>La liste ne s'est pas terminée après %1 pages ; la pagination du serveur ne peut pas être suivie.</translation>
    </message>
    <message>
        <source>The server returned the same items for pages %1 and %2: it ignores the paging parameters, so the list cannot be loaded completely.</source>
        <translation>Le serveur a renvoyé les mêmes éléments pour les pages %1 et %2 : il ignore les paramètres de pagination, la liste ne peut donc pas être chargée entièrement.</translation>
    </message>
</context>
<context>
    <name>pmp::api::PatchApprovalRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to approve.</source>
        <translation>patchids est vide : sélectionnez au moins un correctif à approuver.</translation>
    </message>
    <message>
        <source>patchids is empty: select at least one patch to unapprove.</source>
        <translation>patchids est vide : sélectionnez au moins un correctif dont retirer l'approbation.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es) for all computers</source>
        <translation>
            <numerusform>Approuver %n correctif pour tous les ordinateurs</numerusform>
            <numerusform>Approuver %n correctifs pour tous les ordinateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es) for all computers</source>
        <translation>
            <numerusform>Retirer l'approbation de %n correctif pour tous les ordinateurs</numerusform>
            <numerusform>Retirer l'approbation de %n correctifs pour tous les ordinateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::RequestRules</name>
    <message>
        <source>%1 is empty: select at least one item.</source>
        <translation>%1 est vide : sélectionnez au moins un élément.</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not a valid id (ids are positive numbers).</source>
        <translation>%1 contient %2, qui n'est pas un ID valide (les ID sont des nombres positifs).</translation>
    </message>
    <message>
        <source>%1 lists id %2 more than once.</source>
        <translation>%1 contient l'ID %2 plusieurs fois.</translation>
    </message>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 contient un nom vide.</translation>
    </message>
    <message>
        <source>%1 lists “%2” more than once.</source>
        <translation>%1 contient « %2 » plusieurs fois.</translation>
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
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
        <translation>DeploymentPolicyTemplateID %1 n'est pas un ID de stratégie valide.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResponseParser</name>
    <message>
        <source>The server is throttling requests (it sent a "%1" page); try again shortly.</source>
        <translation>Le serveur limite les requêtes (il a envoyé une page « %1 ») ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>The server sent a web page ("%1") where data was expected. A proxy or login page may be in the way.</source>
        <translation>Le serveur a envoyé une page web (« %1 ») là où des données étaient attendues. Un proxy ou une page de connexion fait peut-être obstacle.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>Le serveur a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The reply is a list where a single object was expected.</source>
        <translation>La réponse est une liste là où un objet unique était attendu.</translation>
    </message>
    <message>
        <source>The reply has no "message_response"; it does not look like a %1 reply.</source>
        <translation>La réponse n'a pas de « message_response » ; elle ne ressemble pas à une réponse %1.</translation>
    </message>
    <message>
        <source>The reply has no "%1" data.</source>
        <translation>La réponse ne contient pas de données « %1 ».</translation>
    </message>
    <message>
        <source>"%1" is not a list.</source>
        <translation>« %1 » n'est pas une liste.</translation>
    </message>
    <message>
        <source>The reply has no "%1" list.</source>
        <translation>La réponse ne contient pas de liste « %1 ».</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object.</source>
        <translation>L'élément %1 de la liste n'est pas un objet.</translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected (%1).</source>
        <translation>La session a expiré ou le jeton a été rejeté (%1).</translation>
    </message>
    <message>
        <source>The server is throttling requests: %1</source>
        <translation>Le serveur limite les requêtes : %1</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Le serveur a refusé cette requête.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>Le serveur a signalé une erreur (%1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>Le serveur a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected.</source>
        <translation>La session a expiré ou le jeton a été rejeté.</translation>
    </message>
    <message>
        <source>The server is throttling requests; try again shortly.</source>
        <translation>Le serveur limite les requêtes ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Access denied: the token lacks the permission (scope) for this operation.</source>
        <translation>Accès refusé : le jeton n'a pas l'autorisation (scope) pour cette opération.</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Accès refusé : %1</translation>
    </message>
    <message>
        <source>The server reported error %1.</source>
        <translation>Le serveur a signalé l'erreur %1.</translation>
    </message>
    <message>
        <source>The server does not offer this operation (HTTP 404).</source>
        <translation>Le serveur ne propose pas cette opération (HTTP 404).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The reply was cut off after %1 bytes (incomplete data).</source>
        <translation>La réponse a été coupée après %1 octets (données incomplètes).</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse n'est pas du JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>Access was denied by something between PatchDeck and the server (it sent a "%1" page): a proxy or firewall may need to allow it.</source>
        <translation>L'accès a été refusé par un élément entre PatchDeck et le serveur (il a envoyé une page « %1 ») : un proxy ou un pare-feu doit peut-être l'autoriser.</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResultParsers</name>
    <message>
        <source>The %1 reply is not an object.</source>
        <translation>La réponse %1 n'est pas un objet.</translation>
    </message>
    <message>
        <source>Report row %1 is not an object.</source>
        <translation>La ligne de rapport %1 n'est pas un objet.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanAllComputersRequest</name>
    <message>
        <source>Scan all computers for missing patches</source>
        <translation>Analyser tous les ordinateurs à la recherche de correctifs manquants</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Tous les ordinateurs</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanComputersRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer to scan.</source>
        <translation>resourceids est vide : sélectionnez au moins un ordinateur à analyser.</translation>
    </message>
    <message>
        <source>Scan %1 for missing patches</source>
        <translation>Analyser %1 à la recherche de correctifs manquants</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n ordinateur</numerusform>
            <numerusform>%n ordinateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::Transport</name>
    <message>
        <source>Refusing to send credentials over unencrypted HTTP to %1; use https.</source>
        <translation>Refus d'envoyer des identifiants en HTTP non chiffré à %1 ; utilisez https.</translation>
    </message>
    <message>
        <source>The server address "%1" is not a valid https URL.</source>
        <translation>L'adresse de serveur « %1 » n'est pas une URL https valide.</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: the server may have carried it out.</source>
        <translation>Annulé après l'envoi de la requête : le serveur l'a peut-être exécutée.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>Pas de réponse de %1 dans les %2 s suivant l'envoi : l'action a peut-être eu lieu, ou pas. Elle n'a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>La connexion à %1 a été perdue après l'envoi : l'action a peut-être eu lieu, ou pas. Elle n'a pas été renvoyée.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n'a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n'est pas approuvé.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS).</source>
        <translation>Le serveur %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 a fermé la connexion avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Erreur réseau en communiquant avec %1 : %2</translation>
    </message>
    <message>
        <source>The server's answer was unreadable (%1): the action may or may not have happened. It was not sent again.</source>
        <translation>La réponse du serveur était illisible (%1) : l'action a peut-être eu lieu, ou pas. Elle n'a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB and was not read: the action may or may not have happened. It was not sent again.</source>
        <translation>La réponse du serveur dépassait %1 Mo et n'a pas été lue : l'action a peut-être eu lieu, ou pas. Elle n'a pas été renvoyée.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB, far more than a page of this list can be; it was not read.</source>
        <translation>La réponse du serveur dépassait %1 Mo, bien plus qu'une page de cette liste ne peut faire ; elle n'a pas été lue.</translation>
    </message>
    <message>
        <source>a different address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; PatchDeck does not send your sign-in to another address. Check the server address in the profile.</source>
        <translation>Le serveur a redirigé la requête vers %1 ; PatchDeck n'envoie pas votre connexion à une autre adresse. Vérifiez l'adresse du serveur dans le profil.</translation>
    </message>
    <message>
        <source>The server refused the request although the sign-in was just renewed: the account may not be allowed to do this (%1).</source>
        <translation>Le serveur a refusé la requête alors que la connexion vient d'être renouvelée : le compte n'a peut-être pas le droit de faire cela (%1).</translation>
    </message>
</context>
<context>
    <name>pmp::api::UninstallPatchesRequest</name>
    <message>
        <source>PatchIDs is empty: select at least one patch to uninstall.</source>
        <translation>PatchIDs est vide : sélectionnez au moins un correctif à désinstaller.</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName est obligatoire : nommez la configuration.</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName fait %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform doit être Deploy, Deploy Immediately ou Draft.</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for an uninstall: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID est obligatoire pour une désinstallation : choisissez une stratégie de déploiement.</translation>
    </message>
    <message>
        <source>Uninstall %1 from all computers</source>
        <translation>Désinstaller %1 de tous les ordinateurs</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Tous les ordinateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n correctif</numerusform>
            <numerusform>%n correctifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::auth::BrowserSignIn</name>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>Saisissez l'ID client de la console API.</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>Le serveur de comptes doit être une adresse https (http simple uniquement pour 127.0.0.1).</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again; if the browser did not open, copy the link into it yourself.</source>
        <translation>
            <numerusform>Le navigateur n'est pas revenu dans un délai de %n minute. Relancez la connexion ; si le navigateur ne s'est pas ouvert, copiez-y le lien vous-même.</numerusform>
            <numerusform>Le navigateur n'est pas revenu dans un délai de %n minutes. Relancez la connexion ; si le navigateur ne s'est pas ouvert, copiez-y le lien vous-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in response arrived that does not belong to this attempt (state mismatch). It was ignored; still waiting for the browser.</source>
        <translation>Une réponse de connexion est arrivée qui n'appartient pas à cette tentative (state différent). Elle a été ignorée ; toujours en attente du navigateur.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so PatchDeck is not signed in. To connect, sign in again and choose Accept on Zoho's consent page.</source>
        <translation>L'accès a été refusé dans le navigateur, PatchDeck n'est donc pas connecté. Pour vous connecter, reconnectez-vous et choisissez Accept sur la page de consentement de Zoho.</translation>
    </message>
    <message>
        <source>Zoho ended the sign-in with the error "%1".</source>
        <translation>Zoho a terminé la connexion avec l'erreur « %1 ».</translation>
    </message>
    <message>
        <source>The sign-in named the accounts server %1, which is not a Zoho accounts server PatchDeck trusts. The code was not sent there.</source>
        <translation>La connexion a désigné le serveur de comptes %1, qui n'est pas un serveur de comptes Zoho approuvé par PatchDeck. Le code n'y a pas été envoyé.</translation>
    </message>
    <message>
        <source>Zoho issued no refresh token, so the session would end within an hour. Revoke PatchDeck's earlier access in your Zoho account (Connected Apps) and sign in again.</source>
        <translation>Zoho n'a émis aucun jeton d'actualisation, la session se terminerait donc dans l'heure. Révoquez l'accès précédent de PatchDeck dans votre compte Zoho (Connected Apps) et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::CallbackRequest</name>
    <message>
        <source>not an HTTP request</source>
        <translation>pas une requête HTTP</translation>
    </message>
    <message>
        <source>unexpected Host header</source>
        <translation>en-tête Host inattendu</translation>
    </message>
    <message>
        <source>not a GET request for a local path</source>
        <translation>pas une requête GET pour un chemin local</translation>
    </message>
    <message>
        <source>the state does not match this sign-in attempt</source>
        <translation>le state ne correspond pas à cette tentative de connexion</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>pas de state</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>pas de code</translation>
    </message>
</context>
<context>
    <name>pmp::auth::DataCentre</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
</context>
<context>
    <name>pmp::auth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, so the redirect from the browser cannot be received. Close the program using it, or register another port.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé, la redirection du navigateur ne peut donc pas être reçue. Fermez le programme qui l'utilise ou enregistrez un autre port.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Impossible d'écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>requête trop volumineuse</translation>
    </message>
    <message>
        <source>sign-in already completed</source>
        <translation>connexion déjà terminée</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 received the sign-in. You can close this tab and return to %1.</source>
        <translation>%1 a reçu la connexion. Vous pouvez fermer cet onglet et revenir à %1.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Accès non accordé</translation>
    </message>
    <message>
        <source>You declined the access request, so %1 is not signed in. You can close this tab; %1 explains what to do next.</source>
        <translation>Vous avez refusé la demande d'accès, %1 n'est donc pas connecté. Vous pouvez fermer cet onglet ; %1 explique la marche à suivre.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The sign-in ended with the error "%1". You can close this tab and return to %2.</source>
        <translation>La connexion s'est terminée avec l'erreur « %1 ». Vous pouvez fermer cet onglet et revenir à %2.</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in %1 is waiting for (the state does not match), so it was ignored. Start the sign-in again from %1 if needed.</source>
        <translation>Cette réponse n'appartient pas à la connexion qu'attend %1 (le state ne correspond pas), elle a donc été ignorée. Relancez la connexion depuis %1 si nécessaire.</translation>
    </message>
    <message>
        <source>This sign-in was already completed. You can close this tab.</source>
        <translation>Cette connexion est déjà terminée. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response for %1.</source>
        <translation>Cette adresse reçoit uniquement la réponse de connexion pour %1.</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>Pas une réponse de connexion</translation>
    </message>
</context>
<context>
    <name>pmp::auth::NetworkSettings</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d'AC %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER expected).</source>
        <translation>Le fichier %1 ne contient aucun certificat (PEM ou DER attendu).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OAuthAuthenticator</name>
    <message>
        <source>The session of "%1" has ended: Zoho no longer accepts its sign-in (it was revoked, or the client changed). Sign in again.</source>
        <translation>La session de « %1 » a pris fin : Zoho n'accepte plus sa connexion (elle a été révoquée ou le client a changé). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Zoho's limit on new access tokens is reached; PatchDeck will try again at %1.</source>
        <translation>La limite de Zoho pour les nouveaux jetons d'accès est atteinte ; PatchDeck réessaiera à %1.</translation>
    </message>
    <message>
        <source>The session could not be renewed; PatchDeck will try again at %1.</source>
        <translation>La session n'a pas pu être renouvelée ; PatchDeck réessaiera à %1.</translation>
    </message>
    <message>
        <source>Zoho allows %1 new access tokens per %2 minutes for one sign-in, and that limit is reached. PatchDeck will try again at %3.</source>
        <translation>Zoho autorise %1 nouveaux jetons d'accès par %2 minutes pour une connexion, et cette limite est atteinte. PatchDeck réessaiera à %3.</translation>
    </message>
    <message>
        <source>Could not renew the session with %1 (%2). PatchDeck will try again at %3.</source>
        <translation>Impossible de renouveler la session avec %1 (%2). PatchDeck réessaiera à %3.</translation>
    </message>
    <message>
        <source>This profile signs in with a Self Client code, which cannot be extended from here. Generate a new code in the API console with these scopes added, and sign in again: %1</source>
        <translation>Ce profil se connecte avec un code Self Client, qui ne peut pas être étendu d'ici. Générez un nouveau code dans la console API en ajoutant ces scopes, puis reconnectez-vous : %1</translation>
    </message>
    <message>
        <source>The additional permission was not granted in the browser, so the action was not sent.</source>
        <translation>L'autorisation supplémentaire n'a pas été accordée dans le navigateur, l'action n'a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>The sign-in of "%1" names the accounts server %2, which is not a Zoho accounts server PatchDeck trusts, so its tokens were not sent there. Sign in again.</source>
        <translation>La connexion de « %1 » désigne le serveur de comptes %2, qui n'est pas un serveur de comptes Zoho approuvé par PatchDeck, ses jetons n'y ont donc pas été envoyés. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OnPremisesSignIn</name>
    <message>
        <source>Enter the server's address, for example https://patch.example.com:8383.</source>
        <translation>Saisissez l'adresse du serveur, par exemple https://patch.example.com:8383.</translation>
    </message>
    <message>
        <source>PatchDeck sends the API token only over https (plain http only to 127.0.0.1). Use the server's https port (8383 by default).</source>
        <translation>PatchDeck n'envoie le jeton d'API qu'en https (http simple uniquement vers 127.0.0.1). Utilisez le port https du serveur (8383 par défaut).</translation>
    </message>
    <message>
        <source>Paste the API token created on the server (Admin → Integrations → API Key Management).</source>
        <translation>Collez le jeton d'API créé sur le serveur (Admin → Integrations → API Key Management).</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Pas d'accès réseau.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not accept this API token. Check it on the server (Admin → Integrations → API Key Management) and paste it again.</source>
        <translation>%1 n'a pas accepté ce jeton d'API. Vérifiez-le sur le serveur (Admin → Integrations → API Key Management) et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Patch Manager Plus server would: %2</source>
        <translation>%1 a répondu, mais pas comme un serveur Patch Manager Plus : %2</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SelfClientSignIn</name>
    <message>
        <source>Enter the Self Client's client id (API console → Self Client → Client Secret tab).</source>
        <translation>Saisissez l'ID client du Self Client (console API → Self Client → onglet Client Secret).</translation>
    </message>
    <message>
        <source>Enter the Self Client's client secret (API console → Self Client → Client Secret tab).</source>
        <translation>Saisissez le secret client du Self Client (console API → Self Client → onglet Client Secret).</translation>
    </message>
    <message>
        <source>Paste the code generated in the API console (Self Client → Generate Code).</source>
        <translation>Collez le code généré dans la console API (Self Client → Generate Code).</translation>
    </message>
    <message>
        <source>The code contains spaces; paste only the code itself.</source>
        <translation>Le code contient des espaces ; collez uniquement le code lui-même.</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>Le serveur de comptes doit être une adresse https (http simple uniquement pour 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SessionManager</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n'existe plus.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the sign-in of "%1" cannot be read: %2</source>
        <translation>Le trousseau n'est pas disponible, la connexion de « %1 » ne peut donc pas être lue : %2</translation>
    </message>
    <message>
        <source>"%1" kept its sign-in for one session only. Sign in again.</source>
        <translation>« %1 » n'a conservé sa connexion que pour une session. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>"%1" is not signed in. Sign in to continue.</source>
        <translation>« %1 » n'est pas connecté. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it works until PatchDeck closes.</source>
        <translation>La connexion renouvelée n'a pas pu être enregistrée dans le trousseau (%1) ; elle fonctionne jusqu'à la fermeture de PatchDeck.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignInError</name>
    <message>
        <source>This code has expired or was already used. A Self Client code works once, and only for the time chosen when it was generated. Generate a new code in the API console (Self Client → Generate Code) and paste it here right away.</source>
        <translation>Ce code a expiré ou a déjà été utilisé. Un code Self Client ne fonctionne qu'une fois, et seulement pendant la durée choisie lors de sa génération. Générez un nouveau code dans la console API (Self Client → Generate Code) et collez-le ici sans attendre.</translation>
    </message>
    <message>
        <source>The sign-in code expired or was already used before PatchDeck could exchange it (Zoho codes are valid for about two minutes, once). Sign in again.</source>
        <translation>Le code de connexion a expiré ou a déjà été utilisé avant que PatchDeck puisse l'échanger (les codes Zoho sont valables une fois, environ deux minutes). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Zoho did not accept the client id or client secret. Copy both again from the API console's Client Secret tab, and check that the client was created in this data centre (or has multi-DC enabled).</source>
        <translation>Zoho n'a pas accepté l'ID client ou le secret client. Copiez-les à nouveau depuis l'onglet Client Secret de la console API et vérifiez que le client a été créé dans ce centre de données (ou que le multi-DC est activé).</translation>
    </message>
    <message>
        <source>The redirect URI registered for this client differs from the one PatchDeck uses. Register exactly the URI shown in the help, including the port.</source>
        <translation>L'URI de redirection enregistrée pour ce client diffère de celle qu'utilise PatchDeck. Enregistrez exactement l'URI indiquée dans l'aide, port compris.</translation>
    </message>
    <message>
        <source>Zoho refused to issue more tokens for now (too many requests). Wait ten minutes and try again.</source>
        <translation>Zoho refuse d'émettre d'autres jetons pour le moment (trop de requêtes). Attendez dix minutes et réessayez.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignOut</name>
    <message>
        <source>Signed out of "%1". Its tokens were removed from this computer.</source>
        <translation>Déconnecté de « %1 ». Ses jetons ont été supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed out of "%1" on this computer, but Zoho could not be told (%2). To be sure, remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Déconnecté de « %1 » sur cet ordinateur, mais Zoho n'a pas pu être prévenu (%2). Par sécurité, retirez PatchDeck dans Connected Apps de votre compte Zoho.</translation>
    </message>
    <message>
        <source>Signed out of "%1".</source>
        <translation>Déconnecté de « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not a Zoho accounts server PatchDeck trusts, so the token was not sent there</source>
        <translation>%1 n'est pas un serveur de comptes Zoho approuvé par PatchDeck, le jeton n'y a donc pas été envoyé</translation>
    </message>
    <message>
        <source>Signed out of "%1": PatchDeck no longer holds its tokens in memory, but did not remove them from the keychain. %2 Any copy stored there stays; to remove it, delete the entry "%3" of "%4" with your keychain's manager.</source>
        <translation>Déconnecté de « %1 » : PatchDeck ne garde plus ses jetons en mémoire, mais ne les a pas supprimés du trousseau. %2 Toute copie qui y est stockée demeure ; pour la supprimer, effacez l'entrée « %3 » de « %4 » avec le gestionnaire de votre trousseau.</translation>
    </message>
    <message>
        <source>Zoho revoked the sign-in, so such a copy no longer works.</source>
        <translation>Zoho a révoqué la connexion, une telle copie ne fonctionne donc plus.</translation>
    </message>
    <message>
        <source>Zoho could not be told either (%1): remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Zoho n'a pas pu être prévenu non plus (%1) : retirez PatchDeck dans Connected Apps de votre compte Zoho.</translation>
    </message>
    <message>
        <source>Zoho was not told to revoke the sign-in (PatchDeck had no token to send): remove PatchDeck under Connected Apps in your Zoho account to end it.</source>
        <translation>Zoho n'a pas été invité à révoquer la connexion (PatchDeck n'avait aucun jeton à envoyer) : retirez PatchDeck dans Connected Apps de votre compte Zoho pour y mettre fin.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TlsFailure</name>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Valide : du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Erreurs :</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur :</translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation>Certificat de l'émetteur %1 :</translation>
    </message>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>La connexion sécurisée à %1 a été refusée : %2.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenEndpoint</name>
    <message>
        <source>Refusing to send sign-in secrets to %1: the accounts server must use https.</source>
        <translation>Refus d'envoyer des secrets de connexion à %1 : le serveur de comptes doit utiliser https.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Pas d'accès réseau.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The accounts server refused to issue more tokens for now (too many requests).</source>
        <translation>Le serveur de comptes refuse d'émettre d'autres jetons pour le moment (trop de requêtes).</translation>
    </message>
    <message>
        <source>The code or token is no longer valid (it expired, was already used, or was revoked).</source>
        <translation>Le code ou le jeton n'est plus valide (expiré, déjà utilisé ou révoqué).</translation>
    </message>
    <message>
        <source>The client id or client secret was not accepted. Check them in the API console, and that the client belongs to this data centre (or has multi-DC enabled).</source>
        <translation>L'ID client ou le secret client n'a pas été accepté. Vérifiez-les dans la console API, ainsi que l'appartenance du client à ce centre de données (ou l'activation du multi-DC).</translation>
    </message>
    <message>
        <source>The redirect URI does not match the one registered for this client.</source>
        <translation>L'URI de redirection ne correspond pas à celle enregistrée pour ce client.</translation>
    </message>
    <message>
        <source>The accounts server answered "%1".</source>
        <translation>Le serveur de comptes a répondu « %1 ».</translation>
    </message>
    <message>
        <source>The accounts server answered "%1": %2</source>
        <translation>Le serveur de comptes a répondu « %1 » : %2</translation>
    </message>
    <message>
        <source>The accounts server sent an unexpected answer (HTTP %1).</source>
        <translation>Le serveur de comptes a envoyé une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>The accounts server's answer contains no access token (HTTP %1).</source>
        <translation>La réponse du serveur de comptes ne contient aucun jeton d'accès (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenStore</name>
    <message>
        <source>No keychain service is available on this computer (%1).</source>
        <translation>Aucun service de trousseau n'est disponible sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>L'accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked.</source>
        <translation>Le trousseau a refusé l'accès (%1). Il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>This system has no supported keychain.</source>
        <translation>Ce système n'a pas de trousseau pris en charge.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keychain (Secret Service) can be reached.</source>
        <translation>Il n'y a pas de bus de session D-Bus, aucun trousseau (Secret Service) n'est donc joignable.</translation>
    </message>
    <message>
        <source>The D-Bus session bus does not answer.</source>
        <translation>Le bus de session D-Bus ne répond pas.</translation>
    </message>
    <message>
        <source>No Secret Service (org.freedesktop.secrets) and no KWallet is running on the D-Bus session bus. Install and start GNOME Keyring or KWallet to keep tokens between sessions.</source>
        <translation>Ni Secret Service (org.freedesktop.secrets) ni KWallet ne tourne sur le bus de session D-Bus. Installez et démarrez GNOME Keyring ou KWallet pour conserver les jetons d'une session à l'autre.</translation>
    </message>
    <message>
        <source>No tokens are kept for this profile in this session.</source>
        <translation>Aucun jeton n'est conservé pour ce profil dans cette session.</translation>
    </message>
    <message>
        <source>The keychain entry for this profile is damaged; sign in again.</source>
        <translation>L'entrée du trousseau pour ce profil est endommagée ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for its password, or its service may not be running.</source>
        <translation>Le trousseau n'a pas répondu dans les %1 s. Il est peut-être verrouillé et attend son mot de passe, ou son service ne tourne pas.</translation>
    </message>
    <message>
        <source>No tokens are stored for this profile.</source>
        <translation>Aucun jeton n'est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>This session keeps its sign-in in memory only, so PatchDeck did not touch the keychain.</source>
        <translation>Cette session garde sa connexion uniquement en mémoire, PatchDeck n'a donc pas touché au trousseau.</translation>
    </message>
</context>
<context>
    <name>pmp::models</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>pmp::models::CodeTable</name>
    <message>
        <source>Unrated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérable</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Très vulnérable</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>À installer</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Désinstallé</translation>
    </message>
    <message>
        <source>Yet to uninstall</source>
        <translation>À désinstaller</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>Échec de l'installation</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>Échec de la désinstallation</translation>
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
        <translation>Géré</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>Non géré</translation>
    </message>
    <message>
        <source>Managed by SDP</source>
        <translation>Géré par SDP</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Yet to download</source>
        <translation>À télécharger</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation>Portail libre-service</translation>
    </message>
    <message>
        <source>Deploy and self-service portal</source>
        <translation>Déployer et portail libre-service</translation>
    </message>
</context>
<context>
    <name>pmp::models::Columns</name>
    <message>
        <source>Patch</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d'exploitation</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>Site distant</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>État en direct</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Version de l'agent</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Logged-on users</source>
        <translation>Utilisateurs connectés</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>Service pack</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version du système</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Géré</translation>
    </message>
    <message>
        <source>Agent installed</source>
        <translation>Agent installé</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>Dernier démarrage</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Distribution server</source>
        <translation>Serveur de distribution</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP du serveur</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Version du serveur</translation>
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
        <translation>Stratégie de réplication</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Serveur proxy</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Office ID</source>
        <translation>ID du site</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Missing OS patches</source>
        <translation>Correctifs système manquants</translation>
    </message>
    <message>
        <source>Missing third-party</source>
        <translation>Tiers manquants</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>Dernier correctif</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Redémarrage requis</translation>
    </message>
    <message>
        <source>Installed OS patches</source>
        <translation>Correctifs système installés</translation>
    </message>
    <message>
        <source>Installed third-party</source>
        <translation>Tiers installés</translation>
    </message>
    <message>
        <source>Last successful scan</source>
        <translation>Dernière analyse réussie</translation>
    </message>
    <message>
        <source>Scan remarks</source>
        <translation>Remarques d'analyse</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Adresses MAC</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Missing on</source>
        <translation>Manquant sur</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installé sur</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>Échec sur</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Désinstallation</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>Pris en charge depuis</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID de correctif</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d'erreur</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID de modèle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>À appliquer</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>ID de configuration</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
</context>
<context>
    <name>pmp::models::Nouns</name>
    <message>
        <source>computers</source>
        <translation>ordinateurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s)</source>
        <translation>
            <numerusform>%Ln ordinateur</numerusform>
            <numerusform>%Ln ordinateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>remote offices</source>
        <translation>sites distants</translation>
    </message>
    <message numerus="yes">
        <source>%Ln remote office(s)</source>
        <translation>
            <numerusform>%Ln site distant</numerusform>
            <numerusform>%Ln sites distants</numerusform>
        </translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systèmes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln système</numerusform>
            <numerusform>%Ln systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>patches</source>
        <translation>correctifs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch(es)</source>
        <translation>
            <numerusform>%Ln correctif</numerusform>
            <numerusform>%Ln correctifs</numerusform>
        </translation>
    </message>
    <message>
        <source>patch statuses</source>
        <translation>états de correctifs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch status(es)</source>
        <translation>
            <numerusform>%Ln état de correctif</numerusform>
            <numerusform>%Ln états de correctifs</numerusform>
        </translation>
    </message>
    <message>
        <source>policies</source>
        <translation>stratégies</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(-ies)</source>
        <translation>
            <numerusform>%Ln stratégie</numerusform>
            <numerusform>%Ln stratégies</numerusform>
        </translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>configurations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln configuration</numerusform>
            <numerusform>%Ln configurations</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::models::RecordTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>%1
Server value: %2</source>
        <translation>%1
Valeur du serveur : %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Server field: %1</source>
        <translation>Champ du serveur : %1</translation>
    </message>
    <message>
        <source>Changed since %1
Before: %2
Now: %3</source>
        <translation>Modifié depuis %1
Avant : %2
Maintenant : %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>pmp::models::Views</name>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Systems and health</source>
        <translation>Systèmes et santé</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Correctifs</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Sites distants</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Santé des systèmes</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>État des analyses</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Correctifs manquants</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Correctifs installés</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Correctifs applicables</translation>
    </message>
    <message>
        <source>Supported patches</source>
        <translation>Correctifs pris en charge</translation>
    </message>
    <message>
        <source>Downloaded patches</source>
        <translation>Correctifs téléchargés</translation>
    </message>
    <message>
        <source>Patch status by computer</source>
        <translation>État des correctifs par ordinateur</translation>
    </message>
    <message>
        <source>Deployment policies</source>
        <translation>Stratégies de déploiement</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>System report</source>
        <translation>Rapport système</translation>
    </message>
    <message>
        <source>Failures and reboots</source>
        <translation>Échecs et redémarrages</translation>
    </message>
    <message>
        <source>Patches by CVE</source>
        <translation>Correctifs par CVE</translation>
    </message>
</context>
<context>
    <name>pmp::store::ActionJournal</name>
    <message>
        <source>PatchDeck stopped before the server's answer arrived. Check on the server whether this action took effect.</source>
        <translation>PatchDeck s'est arrêté avant l'arrivée de la réponse du serveur. Vérifiez sur le serveur si cette action a pris effet.</translation>
    </message>
</context>
<context>
    <name>pmp::store::ApdTask</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>pmp::store::Database</name>
    <message>
        <source>PatchDeck could not create its local cache (%1), so nothing is cached this session.</source>
        <translation>PatchDeck n'a pas pu créer son cache local (%1), rien n'est donc mis en cache pendant cette session.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>Le cache local dans %1 n'a pas pu être créé. PatchDeck garde les données de cette session uniquement en mémoire.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be opened. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>Le cache local dans %1 n'a pas pu être ouvert. PatchDeck garde les données de cette session uniquement en mémoire et ne touche pas au fichier.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and could not be moved aside. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>Le cache local dans %1 n'a pas pu être lu ni mis de côté. PatchDeck garde les données de cette session uniquement en mémoire et ne touche pas au fichier.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2, but a new cache could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>Le cache local dans %1 n'a pas pu être lu et a été déplacé vers %2, mais un nouveau cache n'a pas pu être créé. PatchDeck garde les données de cette session uniquement en mémoire.</translation>
    </message>
    <message>
        <source>The file at %1 is not a PatchDeck cache and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>Le fichier %1 n'est pas un cache PatchDeck et a été déplacé vers %2 ; PatchDeck démarre avec un cache vide.</translation>
    </message>
    <message>
        <source>The local cache at %1 was written by a newer version of PatchDeck and was moved aside to %2 rather than downgraded; PatchDeck starts with an empty cache.</source>
        <translation>Le cache local dans %1 a été écrit par une version plus récente de PatchDeck et a été déplacé vers %2 au lieu d'être rétrogradé ; PatchDeck démarre avec un cache vide.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be upgraded to this version of PatchDeck and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>Le cache local dans %1 n'a pas pu être mis à niveau vers cette version de PatchDeck et a été déplacé vers %2 ; PatchDeck démarre avec un cache vide.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>Le cache local dans %1 n'a pas pu être lu et a été déplacé vers %2 ; PatchDeck démarre avec un cache vide.</translation>
    </message>
</context>
<context>
    <name>pmp::store::JournalEntry</name>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>pmp::store::SavedView</name>
    <message>
        <source>This is not a PatchDeck saved view (its "format" is not "%1").</source>
        <translation>Ceci n’est pas une vue enregistrée PatchDeck (son « format » n’est pas « %1 »).</translation>
    </message>
    <message>
        <source>This saved view has version %1; this PatchDeck reads version %2.</source>
        <translation>Cette vue enregistrée est en version %1 ; ce PatchDeck lit la version %2.</translation>
    </message>
    <message>
        <source>The saved view has no name.</source>
        <translation>La vue enregistrée n’a pas de nom.</translation>
    </message>
    <message>
        <source>The saved view "%1" names no view.</source>
        <translation>La vue enregistrée « %1 » ne nomme aucune vue.</translation>
    </message>
    <message>
        <source>The saved view "%1" is of the view "%2", which this PatchDeck does not have.</source>
        <translation>La vue enregistrée « %1 » porte sur la vue « %2 », que ce PatchDeck n’a pas.</translation>
    </message>
    <message>
        <source>The saved view "%1" has filters that are not an object.</source>
        <translation>La vue enregistrée « %1 » a des filtres qui ne sont pas un objet.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a filter "%2" whose value is not text.</source>
        <translation>La vue enregistrée « %1 » a un filtre « %2 » dont la valeur n’est pas du texte.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a search that is not text.</source>
        <translation>La vue enregistrée « %1 » a une recherche qui n’est pas du texte.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort column that is not a column number.</source>
        <translation>La vue enregistrée « %1 » a une colonne de tri qui n’est pas un numéro de colonne.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort order "%2"; it must be ascending or descending.</source>
        <translation>La vue enregistrée « %1 » a l’ordre de tri « %2 » ; il doit être ascending ou descending.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a column layout that is not text.</source>
        <translation>La vue enregistrée « %1 » a une disposition des colonnes qui n’est pas du texte.</translation>
    </message>
    <message>
        <source>This is not a PatchDeck saved view: it is not a JSON object (%1).</source>
        <translation>Ceci n’est pas une vue enregistrée PatchDeck : ce n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
</context>
<context>
    <name>pmp::store::SummaryMetric</name>
    <message>
        <source>Missing critical patches</source>
        <translation>Correctifs critiques manquants</translation>
    </message>
    <message>
        <source>Missing important patches</source>
        <translation>Correctifs importants manquants</translation>
    </message>
    <message>
        <source>Missing moderate patches</source>
        <translation>Correctifs modérés manquants</translation>
    </message>
    <message>
        <source>Missing low patches</source>
        <translation>Correctifs faibles manquants</translation>
    </message>
    <message>
        <source>Missing unrated patches</source>
        <translation>Correctifs non évalués manquants</translation>
    </message>
    <message>
        <source>Missing patches (all severities)</source>
        <translation>Correctifs manquants (toutes gravités)</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Correctifs manquants</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Correctifs installés</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Correctifs applicables</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Systèmes très vulnérables</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>Systèmes vulnérables</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>Systèmes sains</translation>
    </message>
    <message>
        <source>Systems with unknown health</source>
        <translation>Systèmes à la santé inconnue</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Unscanned systems</source>
        <translation>Systèmes non analysés</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>Analyses en échec</translation>
    </message>
    <message>
        <source>Agents live</source>
        <translation>Agents en ligne</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>Agents hors ligne</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agents installed</source>
        <translation>Agents installés</translation>
    </message>
    <message>
        <source>No contact for over 30 days</source>
        <translation>Aucun contact depuis plus de 30 jours</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>Systèmes avec déploiements échoués</translation>
    </message>
</context>
<context>
    <name>pmp::store::Workspace</name>
    <message>
        <source>Another PatchDeck (process %1) has this profile open. This window works too, but writes still in progress there are left alone here: check the action journal in the other window.</source>
        <translation>Un autre PatchDeck (processus %1) a ce profil ouvert. Cette fenêtre fonctionne aussi, mais les écritures encore en cours là-bas ne sont pas touchées ici : consultez le journal des actions dans l'autre fenêtre.</translation>
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
        <translation>Ajouter une tâche existante</translation>
    </message>
    <message>
        <source>The task's name, exactly as the web console shows it:</source>
        <translation>Le nom de la tâche, exactement tel que la console web l'affiche :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>select patches first</source>
        <translation>sélectionnez d'abord des correctifs</translation>
    </message>
    <message>
        <source>select computers first</source>
        <translation>sélectionnez d'abord des ordinateurs</translation>
    </message>
    <message>
        <source>Install selected patches…</source>
        <translation>Installer les correctifs sélectionnés…</translation>
    </message>
    <message>
        <source>Install the selected patch on the selected computers…</source>
        <translation>Installer le correctif sélectionné sur les ordinateurs sélectionnés…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es) on the selected computers…</source>
        <translation>
            <numerusform>Installer le %n correctif sélectionné sur les ordinateurs sélectionnés…</numerusform>
            <numerusform>Installer les %n correctifs sélectionnés sur les ordinateurs sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the selected patch…</source>
        <translation>Installer le correctif sélectionné…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es)…</source>
        <translation>
            <numerusform>Installer le %n correctif sélectionné…</numerusform>
            <numerusform>Installer les %n correctifs sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>Approuver des correctifs</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es)</source>
        <translation>
            <numerusform>Approuver %n correctif</numerusform>
            <numerusform>Approuver %n correctifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>Retirer l'approbation de correctifs</translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es)</source>
        <translation>
            <numerusform>Retirer l'approbation de %n correctif</numerusform>
            <numerusform>Retirer l'approbation de %n correctifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline patches…</source>
        <translation>Refuser des correctifs…</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es)…</source>
        <translation>
            <numerusform>Refuser %n correctif…</numerusform>
            <numerusform>Refuser %n correctifs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall patches from all computers…</source>
        <translation>Désinstaller des correctifs de tous les ordinateurs…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall %n patch(es) from all computers…</source>
        <translation>
            <numerusform>Désinstaller %n correctif de tous les ordinateurs…</numerusform>
            <numerusform>Désinstaller %n correctifs de tous les ordinateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install missing patches on computers…</source>
        <translation>Installer les correctifs manquants sur des ordinateurs…</translation>
    </message>
    <message numerus="yes">
        <source>Install missing patches on %n computer(s)…</source>
        <translation>
            <numerusform>Installer les correctifs manquants sur %n ordinateur…</numerusform>
            <numerusform>Installer les correctifs manquants sur %n ordinateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan computers for missing patches</source>
        <translation>Rechercher les correctifs manquants sur des ordinateurs</translation>
    </message>
    <message numerus="yes">
        <source>Scan %n computer(s) for missing patches</source>
        <translation>
            <numerusform>Rechercher les correctifs manquants sur %n ordinateur</numerusform>
            <numerusform>Rechercher les correctifs manquants sur %n ordinateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the agent</source>
        <translation>Installer l'agent</translation>
    </message>
    <message numerus="yes">
        <source>Install the agent on %n computer(s)</source>
        <translation>
            <numerusform>Installer l'agent sur %n ordinateur</numerusform>
            <numerusform>Installer l'agent sur %n ordinateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall the agent…</source>
        <translation>Désinstaller l'agent…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall the agent from %n computer(s)…</source>
        <translation>
            <numerusform>Désinstaller l'agent de %n ordinateur…</numerusform>
            <numerusform>Désinstaller l'agent de %n ordinateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove computers from Patch Manager Plus…</source>
        <translation>Retirer des ordinateurs de Patch Manager Plus…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n computer(s) from Patch Manager Plus…</source>
        <translation>
            <numerusform>Retirer %n ordinateur de Patch Manager Plus…</numerusform>
            <numerusform>Retirer %n ordinateurs de Patch Manager Plus…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>Sélectionnez des ordinateurs ou des correctifs dans une liste pour agir dessus</translation>
    </message>
    <message>
        <source>Install patches…</source>
        <translation>Installer des correctifs…</translation>
    </message>
    <message>
        <source>Scan all computers…</source>
        <translation>Analyser tous les ordinateurs…</translation>
    </message>
    <message>
        <source>New automatic deployment task…</source>
        <translation>Nouvelle tâche de déploiement automatique…</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Tâches de déploiement automatique</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>Journal des actions</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionFormDialog</name>
    <message>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Check the fields and show exactly what will be sent before anything is sent.</source>
        <translation>Vérifier les champs et montrer exactement ce qui sera envoyé avant tout envoi.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AgentSection</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>Installation de l'agent</translation>
    </message>
    <message>
        <source>Agent live status</source>
        <translation>État en direct des agents</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>Last contact with the server</source>
        <translation>Dernier contact avec le serveur</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>À installer</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Désinstallé</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>Échec de l'installation</translation>
    </message>
    <message>
        <source>Installation failed: %1</source>
        <translation>Échec de l'installation : %1</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>Échec de la désinstallation</translation>
    </message>
    <message>
        <source>Uninstallation failed: %1</source>
        <translation>Échec de la désinstallation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n ordinateur</numerusform>
            <numerusform>%n ordinateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>≤ 3 days</source>
        <translation>≤ 3 jours</translation>
    </message>
    <message>
        <source>Contacted the server in the last 3 days: %1</source>
        <translation>Ont contacté le serveur ces 3 derniers jours : %1</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 jours</translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation>8–15 jours</translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation>16–30 jours</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 jours</translation>
    </message>
    <message>
        <source>No contact for more than 30 days: %1</source>
        <translation>Aucun contact depuis plus de 30 jours : %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTaskDialog</name>
    <message>
        <source>Patch all applications</source>
        <translation>Corriger toutes les applications</translation>
    </message>
    <message>
        <source>Patch only these applications</source>
        <translation>Corriger uniquement ces applications</translation>
    </message>
    <message>
        <source>Patch all applications except these</source>
        <translation>Corriger toutes les applications sauf celles-ci</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Change automatic deployment task “%1”</source>
        <translation>Modifier la tâche de déploiement automatique « %1 »</translation>
    </message>
    <message>
        <source>New automatic deployment task</source>
        <translation>Nouvelle tâche de déploiement automatique</translation>
    </message>
    <message>
        <source>PatchDeck does not know this task's settings (the API cannot read them). Change only what you want to change: only the settings you edit are sent.</source>
        <translation>PatchDeck ne connaît pas les paramètres de cette tâche (l'API ne peut pas les lire). Modifiez uniquement ce que vous voulez changer : seuls les paramètres modifiés sont envoyés.</translation>
    </message>
    <message>
        <source>Only the settings you change are sent; the rest stay as they are on the server.</source>
        <translation>Seuls les paramètres modifiés sont envoyés ; les autres restent tels quels sur le serveur.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Mises à jour</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;pplications</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>P&amp;lanification</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>e.g. Windows security – pilot ring</source>
        <translation>p. ex. Sécurité Windows – groupe pilote</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>&amp;Nom de la tâche :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>&amp;Stratégie de déploiement :</translation>
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
        <translation>Pla&amp;teforme :</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Sites distants</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Groupes personnalisés</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Target &amp;type:</source>
        <translation>T&amp;ype de cible :</translation>
    </message>
    <message>
        <source>Other targets by name, comma-separated</source>
        <translation>Autres cibles par nom, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>&amp;Cibles :</translation>
    </message>
    <message>
        <source>Which updates the task deploys. Types that do not exist on the chosen platform are unavailable.</source>
        <translation>Les mises à jour que la tâche déploie. Les types qui n'existent pas sur la plateforme choisie sont indisponibles.</translation>
    </message>
    <message>
        <source>&amp;OS applications:</source>
        <translation>Applications du &amp;système :</translation>
    </message>
    <message>
        <source>e.g. Windows Defender x64 (comma-separated)</source>
        <translation>p. ex. Windows Defender x64 (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Third-&amp;party applications:</source>
        <translation>Applications &amp;tierces :</translation>
    </message>
    <message>
        <source>e.g. Notepad++, 7-Zip (comma-separated)</source>
        <translation>p. ex. Notepad++, 7-Zip (séparées par des virgules)</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Aucun délai</translation>
    </message>
    <message>
        <source>Delay after the patch is approved</source>
        <translation>Délai après l'approbation du correctif</translation>
    </message>
    <message>
        <source>Delay after the patch is released</source>
        <translation>Délai après la publication du correctif</translation>
    </message>
    <message>
        <source>The guide does not say whether the server counts hours or days.</source>
        <translation>Le guide ne précise pas si le serveur compte en heures ou en jours.</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>Dé&amp;lai :</translation>
    </message>
    <message>
        <source>Task expires on</source>
        <translation>La tâche expire le</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>E&amp;xpiration :</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Force deployment on computers still unpatched after a number of days</source>
        <translation>Forcer le déploiement sur les ordinateurs toujours non corrigés après un certain nombre de jours</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>Ne pas forcer de redémarrage</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>Forcer le redémarrage dans la fenêtre de déploiement</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>Forcer le redémarrage hors de la fenêtre de déploiement</translation>
    </message>
    <message>
        <source>Reboot:</source>
        <translation>Redémarrage :</translation>
    </message>
    <message>
        <source>admin@example.com (several: comma-separated)</source>
        <translation>admin@example.com (plusieurs : séparées par des virgules)</translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation>&amp;E-mail à :</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Tous les :</translation>
    </message>
    <message>
        <source>Attach the report</source>
        <translation>Joindre le rapport</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Failure notifications</source>
        <translation>Notifications d'échec</translation>
    </message>
    <message>
        <source>E-mail when deployments fail</source>
        <translation>Envoyer un e-mail quand des déploiements échouent</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>Rapport de déploiement</translation>
    </message>
    <message>
        <source>E-mail a report of what was deployed</source>
        <translation>Envoyer par e-mail un rapport de ce qui a été déployé</translation>
    </message>
    <message>
        <source>Loading the server's names…</source>
        <translation>Chargement des noms du serveur…</translation>
    </message>
    <message>
        <source>The server lists none; type names below.</source>
        <translation>Le serveur n'en liste aucun ; saisissez des noms ci-dessous.</translation>
    </message>
    <message>
        <source>Task settings</source>
        <translation>Paramètres de la tâche</translation>
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
        <translation>Les tâches de déploiement automatique des correctifs déploient des correctifs selon une planification. L'API ne peut pas les lister : cette page montre donc les tâches créées ou modifiées depuis ce profil, avec leur dernier état connu ; ajoutez par son nom une tâche créée dans la console web pour la gérer ici.</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Create a task (createAPDTask).</source>
        <translation>Créer une tâche (createAPDTask).</translation>
    </message>
    <message>
        <source>Add existing task…</source>
        <translation>Ajouter une tâche existante…</translation>
    </message>
    <message>
        <source>Add a task that exists on the server by its exact name.</source>
        <translation>Ajouter une tâche existant sur le serveur par son nom exact.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the task's settings (modifyAPDTask).</source>
        <translation>Modifier les paramètres de la tâche (modifyAPDTask).</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Stop the task from running until resumed.</source>
        <translation>Empêcher la tâche de s'exécuter jusqu'à sa reprise.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Let a suspended task run again.</source>
        <translation>Laisser une tâche suspendue s'exécuter à nouveau.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the task on the server.</source>
        <translation>Supprimer la tâche sur le serveur.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Remove the task from this list only; nothing is sent to the server.</source>
        <translation>Retirer la tâche de cette liste uniquement ; rien n'est envoyé au serveur.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deployment policy</source>
        <translation>Stratégie de déploiement</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>No tasks yet. Create one, or add a task that exists on the server by its name.</source>
        <translation>Aucune tâche pour l'instant. Créez-en une, ou ajoutez par son nom une tâche existant sur le serveur.</translation>
    </message>
    <message>
        <source>Forget task</source>
        <translation>Oublier la tâche</translation>
    </message>
    <message>
        <source>Remove “%1” from this list? The task stays on the server as it is.</source>
        <translation>Retirer « %1 » de cette liste ? La tâche reste telle quelle sur le serveur.</translation>
    </message>
    <message>
        <source>PatchDeck has not seen this task's state: it was added by name, or the answer to the last change was lost.</source>
        <translation>PatchDeck n'a pas vu l'état de cette tâche : elle a été ajoutée par son nom, ou la réponse à la dernière modification a été perdue.</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Tâches de déploiement automatique</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AutoRefresh</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
</context>
<context>
    <name>pmp::ui::BrowserSignInPage</name>
    <message>
        <source>Sign in on Zoho's page in your browser, with a client registered once in the API console. PatchDeck stays signed in for weeks and asks for write permission only when you first need it.</source>
        <translation>Connectez-vous sur la page de Zoho dans votre navigateur, avec un client enregistré une fois dans la console API. PatchDeck reste connecté des semaines et ne demande l'autorisation d'écriture que lorsque vous en avez besoin pour la première fois.</translation>
    </message>
    <message>
        <source>Use a fixed &amp;port:</source>
        <translation>Utiliser un &amp;port fixe :</translation>
    </message>
    <message>
        <source>Zoho compares the redirect URI exactly, so the port registered in the API console must be the one PatchDeck listens on.</source>
        <translation>Zoho compare l'URI de redirection à l'identique : le port enregistré dans la console API doit être celui sur lequel PatchDeck écoute.</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Redirection :</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register</source>
        <translation>Copier l'URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirection :</translation>
    </message>
    <message>
        <source>http://127.0.0.1:&lt;any free port&gt;/callback</source>
        <translation>http://127.0.0.1:&lt;un port libre&gt;/callback</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChangesBar</name>
    <message>
        <source>Rows that were not in the previous fetch, shaded like this in the table</source>
        <translation>Lignes absentes de la récupération précédente, ombrées ainsi dans le tableau</translation>
    </message>
    <message>
        <source>Rows with cells that changed, shaded like this in the table; a changed cell's tooltip shows what it was</source>
        <translation>Lignes dont des cellules ont changé, ombrées ainsi dans le tableau ; l’info-bulle d’une cellule modifiée montre l’ancienne valeur</translation>
    </message>
    <message>
        <source>List the rows that are gone since the previous fetch</source>
        <translation>Lister les lignes disparues depuis la récupération précédente</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Modifications seules</translation>
    </message>
    <message>
        <source>Show only the new and changed rows</source>
        <translation>Afficher seulement les lignes nouvelles et modifiées</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Modifications depuis %1 :</translation>
    </message>
    <message>
        <source>No changes since %1</source>
        <translation>Aucune modification depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifiée</numerusform>
            <numerusform>%Ln modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed…</source>
        <translation>
            <numerusform>%Ln supprimée…</numerusform>
            <numerusform>%Ln supprimées…</numerusform>
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
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Légende du graphique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 selected. %2</source>
        <translation>Sélection : %1. %2</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChartText</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (was %3)</source>
        <translation>%1 %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>pmp::ui::CheckList</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer la liste « %1 »</translation>
    </message>
</context>
<context>
    <name>pmp::ui::CloudSignInFields</name>
    <message>
        <source>Custom server (simulator, test tenant, proxy)</source>
        <translation>Serveur personnalisé (simulateur, tenant de test, proxy)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Where your Patch Manager Plus Cloud account lives: the address you use it at ends in this domain.</source>
        <translation>L'emplacement de votre compte Patch Manager Plus Cloud : l'adresse où vous l'utilisez se termine par ce domaine.</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>Centre de &amp;données :</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>&amp;Accounts URL:</source>
        <translation>URL des &amp;comptes :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>From the API console's Client Secret tab</source>
        <translation>Depuis l'onglet Client Secret de la console API</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Use simulator client</source>
        <translation>Utiliser le client du simulateur</translation>
    </message>
    <message>
        <source>Enter the server and accounts URLs (https; plain http only for 127.0.0.1).</source>
        <translation>Saisissez les URL du serveur et des comptes (https ; http simple uniquement pour 127.0.0.1).</translation>
    </message>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>Saisissez l'ID client de la console API.</translation>
    </message>
    <message>
        <source>Enter the client secret from the API console.</source>
        <translation>Saisissez le secret client de la console API.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
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
        <translation>Sélectionnez un ordinateur pour voir ses correctifs</translation>
    </message>
    <message>
        <source>%1 — patches</source>
        <translation>%1 — correctifs</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Ordinateur %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Health details unavailable: %1</source>
        <translation>Détails de santé indisponibles : %1</translation>
    </message>
    <message>
        <source>No patch scan data for this computer yet.</source>
        <translation>Pas encore de données d'analyse des correctifs pour cet ordinateur.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>missing: %1 critical, %2 important, %3 moderate, %4 low</source>
        <translation>manquants : %1 critiques, %2 importants, %3 modérés, %4 faibles</translation>
    </message>
    <message>
        <source>reboot required: %1</source>
        <translation>redémarrage requis : %1</translation>
    </message>
    <message>
        <source>last scan: %1 (%2)</source>
        <translation>dernière analyse : %1 (%2)</translation>
    </message>
    <message>
        <source>agent %1, last contact %2</source>
        <translation>agent %1, dernier contact %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>logged on: %1</source>
        <translation>connecté : %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfigurationDetailPane</name>
    <message>
        <source>Select a configuration to see its targets</source>
        <translation>Sélectionnez une configuration pour voir ses cibles</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>À appliquer</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n target(s)</source>
        <translation>
            <numerusform>%1 — %2, %n cible</numerusform>
            <numerusform>%1 — %2, %n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets by status</source>
        <translation>Cibles par état</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <source>Targets: every managed computer</source>
        <translation>Cibles : tous les ordinateurs gérés</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>Cibles (%1) :</translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation>Afficher la requête exacte</translation>
    </message>
    <message>
        <source>Hide the exact request</source>
        <translation>Masquer la requête exacte</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Saisissez %1 pour confirmer :</translation>
    </message>
    <message>
        <source>Show in journal</source>
        <translation>Afficher dans le journal</translation>
    </message>
    <message>
        <source>Type %1 above to enable this button.</source>
        <translation>Saisissez %1 ci-dessus pour activer ce bouton.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A request on its way cannot be called back.</source>
        <translation>Une requête en cours d'envoi ne peut pas être rappelée.</translation>
    </message>
    <message>
        <source>PatchDeck needs permission to make changes (%1). Approve it in the browser window that opened; nothing is sent until you do.</source>
        <translation>PatchDeck a besoin de l'autorisation d'effectuer des modifications (%1). Accordez-la dans la fenêtre de navigateur qui s'est ouverte ; rien n'est envoyé avant.</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation>Requête exacte</translation>
    </message>
    <message>
        <source>Confirm: %1 — %2</source>
        <translation>Confirmer : %1 — %2</translation>
    </message>
    <message>
        <source>Acts on tenant:</source>
        <translation>Agit sur le locataire :</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardCard</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 sous forme de tableau</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>En tableau</translation>
    </message>
    <message>
        <source>Show the chart's numbers as a table</source>
        <translation>Afficher les chiffres du graphique dans un tableau</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Afficher %1 sous forme de tableau</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>The server listed systems with failed deployments without saying how many there are.</source>
        <translation>Le serveur a listé des systèmes avec déploiements échoués sans en indiquer le nombre.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardParts</name>
    <message>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Could not load the patch summary: %1</source>
        <translation>Impossible de charger la synthèse des correctifs : %1</translation>
    </message>
    <message>
        <source>Could not load the agent summary: %1</source>
        <translation>Impossible de charger la synthèse des agents : %1</translation>
    </message>
    <message>
        <source>Could not load the patch database status: %1</source>
        <translation>Impossible de charger l'état de la base de correctifs : %1</translation>
    </message>
    <message>
        <source>Could not load the approval settings: %1</source>
        <translation>Impossible de charger les paramètres d'approbation : %1</translation>
    </message>
    <message>
        <source>Could not load the health policy: %1</source>
        <translation>Impossible de charger la stratégie de santé : %1</translation>
    </message>
    <message>
        <source>Could not load the server's settings: %1</source>
        <translation>Impossible de charger les paramètres du serveur : %1</translation>
    </message>
    <message>
        <source>Could not count the systems with failed deployments: %1</source>
        <translation>Impossible de compter les systèmes avec déploiements échoués : %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Fetch the summaries again (F5)</source>
        <translation>Récupérer à nouveau les synthèses (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Pas encore chargé</translation>
    </message>
    <message>
        <source>As of %1 · refreshing…</source>
        <translation>Au %1 · actualisation…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DeclineDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisir un motif…</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>Refuser des correctifs</translation>
    </message>
    <message>
        <source>A declined patch is not deployed to the chosen groups (automatic deployment skips it too), and no longer counts as missing there. Give each patch a reason.</source>
        <translation>Un correctif refusé n'est pas déployé sur les groupes choisis (le déploiement automatique l'ignore aussi) et n'y compte plus comme manquant. Indiquez un motif pour chaque correctif.</translation>
    </message>
    <message>
        <source>Remarks for every patch</source>
        <translation>Remarques pour chaque correctif</translation>
    </message>
    <message>
        <source>Apply to every patch</source>
        <translation>Appliquer à chaque correctif</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>Pour tous :</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Why it is declined</source>
        <translation>Pourquoi il est refusé</translation>
    </message>
    <message>
        <source>Decline for these custom groups</source>
        <translation>Refuser pour ces groupes personnalisés</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Read the custom groups and their ids from the query reports again.</source>
        <translation>Relire les groupes personnalisés et leurs ID dans les rapports de requête.</translation>
    </message>
    <message>
        <source>Group ids known from elsewhere, e.g. 501, 502</source>
        <translation>ID de groupes connus par ailleurs, p. ex. 501, 502</translation>
    </message>
    <message>
        <source>Other group ids:</source>
        <translation>Autres ID de groupes :</translation>
    </message>
    <message>
        <source>Decline for all computers with the deprecated operation…</source>
        <translation>Refuser pour tous les ordinateurs avec l'opération obsolète…</translation>
    </message>
    <message>
        <source>Custom groups are not available.</source>
        <translation>Les groupes personnalisés ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Reason for every patch</source>
        <translation>Motif pour chaque correctif</translation>
    </message>
    <message>
        <source>Patches to decline</source>
        <translation>Correctifs à refuser</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Motif pour %1</translation>
    </message>
    <message>
        <source>Remarks for %1</source>
        <translation>Remarques pour %1</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Groupes personnalisés</translation>
    </message>
    <message>
        <source>Other group ids</source>
        <translation>Autres ID de groupes</translation>
    </message>
</context>
<context>
    <name>pmp::ui::FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Server filter %1</source>
        <translation>Filtre du serveur %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Server filter %1 — press Enter to apply</source>
        <translation>Filtre du serveur %1 — appuyez sur Entrée pour appliquer</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>Plus de filtres (%1)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Moins de filtres</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::InstallPatchesDialog</name>
    <message>
        <source>Install patches</source>
        <translation>Installer des correctifs</translation>
    </message>
    <message>
        <source>What to install</source>
        <translation>Quoi installer</translation>
    </message>
    <message>
        <source>All missing patches</source>
        <translation>Tous les correctifs manquants</translation>
    </message>
    <message>
        <source>These patches:</source>
        <translation>Ces correctifs :</translation>
    </message>
    <message>
        <source>Only patches that are approved</source>
        <translation>Uniquement les correctifs approuvés</translation>
    </message>
    <message>
        <source>Sent as isOnlyApproved; applies only when installing all missing patches.</source>
        <translation>Envoyé comme isOnlyApproved ; ne s'applique qu'à l'installation de tous les correctifs manquants.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Add patch IDs, e.g. 103980, 103981</source>
        <translation>Ajouter des ID de correctifs, p. ex. 103980, 103981</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Patch id %1</source>
        <translation>ID de correctif %1</translation>
    </message>
    <message>
        <source>Where (one target set)</source>
        <translation>Où (un seul ensemble de cibles)</translation>
    </message>
    <message>
        <source>All computers that need the patches</source>
        <translation>Tous les ordinateurs concernés</translation>
    </message>
    <message>
        <source>Selected computers (none selected)</source>
        <translation>Ordinateurs sélectionnés (aucun)</translation>
    </message>
    <message>
        <source>The selected computer</source>
        <translation>L'ordinateur sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected computer(s)</source>
        <translation>
            <numerusform>Le %n ordinateur sélectionné</numerusform>
            <numerusform>Les %n ordinateurs sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Computers by name</source>
        <translation>Ordinateurs par nom</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Groupes personnalisés</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Sites distants</translation>
    </message>
    <message>
        <source>Every computer the chosen patches apply to. You will be asked to type ALL to confirm.</source>
        <translation>Tous les ordinateurs auxquels les correctifs choisis s'appliquent. Il vous sera demandé de saisir ALL pour confirmer.</translation>
    </message>
    <message>
        <source>win-1422, wind-144d</source>
        <translation>win-1422, wind-144d</translation>
    </message>
    <message>
        <source>Loading the server's custom groups…</source>
        <translation>Chargement des groupes personnalisés du serveur…</translation>
    </message>
    <message>
        <source>10.0.0.12, 10.0.0.13</source>
        <translation>10.0.0.12, 10.0.0.13</translation>
    </message>
    <message>
        <source>Loading the server's remote offices…</source>
        <translation>Chargement des sites distants du serveur…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>PatchDeck install %1</source>
        <translation>Installation PatchDeck %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>Facultatif : pourquoi, numéro de ticket…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Save as draft (nothing is deployed)</source>
        <translation>Enregistrer comme brouillon (rien n'est déployé)</translation>
    </message>
    <message>
        <source>Deploy when each agent next contacts the server</source>
        <translation>Déployer au prochain contact de chaque agent avec le serveur</translation>
    </message>
    <message>
        <source>Deploy immediately</source>
        <translation>Déployer immédiatement</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Deploy through the deployment policy</source>
        <translation>Déployer via la stratégie de déploiement</translation>
    </message>
    <message>
        <source>Publish in the Self Service Portal only</source>
        <translation>Publier uniquement dans le Self Service Portal</translation>
    </message>
    <message>
        <source>Deploy and publish in the Self Service Portal</source>
        <translation>Déployer et publier dans le Self Service Portal</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>&amp;Type de déploiement :</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>&amp;Stratégie de déploiement :</translation>
    </message>
    <message>
        <source>As the deployment policy says</source>
        <translation>Selon la stratégie de déploiement</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>Ne pas forcer de redémarrage</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>Forcer le redémarrage dans la fenêtre de déploiement</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>Forcer le redémarrage hors de la fenêtre de déploiement</translation>
    </message>
    <message>
        <source>Force &amp;reboot:</source>
        <translation>Forcer le &amp;redémarrage :</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Install &amp;after:</source>
        <translation>Installer &amp;après :</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>Unpatched computers are force-deployed at this time; at most one year ahead.</source>
        <translation>Les ordinateurs non corrigés reçoivent un déploiement forcé à ce moment ; un an à l'avance au maximum.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Set retry settings (otherwise the server's default: retries on)</source>
        <translation>Régler les tentatives (sinon : celles du serveur, activées)</translation>
    </message>
    <message>
        <source>Retry on targets where the deployment failed</source>
        <translation>Réessayer sur les cibles où le déploiement a échoué</translation>
    </message>
    <message>
        <source>At logon or startup:</source>
        <translation>À l'ouverture de session ou au démarrage :</translation>
    </message>
    <message>
        <source>At the 90-minute refresh:</source>
        <translation>À l'actualisation toutes les 90 minutes :</translation>
    </message>
    <message>
        <source>The total must equal the retries at logon plus those at refresh.</source>
        <translation>Le total doit être égal aux tentatives à l'ouverture de session plus celles à l'actualisation.</translation>
    </message>
    <message>
        <source>Total retries:</source>
        <translation>Total des tentatives :</translation>
    </message>
    <message>
        <source>The server lists no custom groups.</source>
        <translation>Le serveur ne liste aucun groupe personnalisé.</translation>
    </message>
    <message>
        <source>The server lists no remote offices.</source>
        <translation>Le serveur ne liste aucun site distant.</translation>
    </message>
    <message>
        <source>Patches to install</source>
        <translation>Correctifs à installer</translation>
    </message>
    <message>
        <source>Patch IDs to add</source>
        <translation>ID de correctifs à ajouter</translation>
    </message>
    <message>
        <source>Selected computers</source>
        <translation>Ordinateurs sélectionnés</translation>
    </message>
    <message>
        <source>Computer names</source>
        <translation>Noms des ordinateurs</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1, answered %2</source>
        <translation>Lancé %1, réponse %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Server's answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalView</name>
    <message>
        <source>Every change PatchDeck sent from this profile, or refused to send, with its outcome. Kept on this computer.</source>
        <translation>Chaque modification que PatchDeck a envoyée depuis ce profil, ou refusé d'envoyer, avec son résultat. Conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Search computers, patches, tasks, answers…</source>
        <translation>Rechercher ordinateurs, correctifs, tâches, réponses…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent and what came back.</source>
        <translation>Sélectionnez une entrée pour voir exactement ce qui a été envoyé et ce qui est revenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Lancé : %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation>Opération : %1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>Cibles (%1) :</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>Le journal n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>Exporter le journal des actions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l'entrée</translation>
    </message>
</context>
<context>
    <name>pmp::ui::KeychainNotice</name>
    <message>
        <source>Keep my sign-in for this session only (sign in again after restarting PatchDeck)</source>
        <translation>Garder ma connexion pour cette session uniquement (se reconnecter après un redémarrage de PatchDeck)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer.&lt;/b&gt; %1&lt;br&gt;PatchDeck never writes tokens to a file. You can keep this sign-in in memory until PatchDeck closes.</source>
        <translation>&lt;b&gt;Aucun trousseau n'est disponible sur cet ordinateur.&lt;/b&gt; %1&lt;br&gt;PatchDeck n'écrit jamais de jetons dans un fichier. Vous pouvez garder cette connexion en mémoire jusqu'à la fermeture de PatchDeck.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain did not store the sign-in.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le trousseau n'a pas enregistré la connexion.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or ja (View &gt; Language keeps one).</source>
        <translation>Utiliser cette langue pour cette exécution : en, de, fr, es ou ja (Affichage &gt; Langue en garde une).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language takes effect after PatchDeck is restarted.</source>
        <translation>La langue prendra effet au redémarrage de PatchDeck.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Arrêter le chargement (Échap)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>Rapports de requête</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement des %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Exporter la vue…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Rechercher dans la liste</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About PatchDeck</source>
        <translation>À &amp;propos de PatchDeck</translation>
    </message>
    <message>
        <source>About PatchDeck</source>
        <translation>À propos de PatchDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;A native console for ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;Une console native pour ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The server asks PatchDeck to slow down: requests wait %n s before continuing.</source>
        <translation>
            <numerusform>Le serveur demande à PatchDeck de ralentir : les requêtes attendent %n s avant de continuer.</numerusform>
            <numerusform>Le serveur demande à PatchDeck de ralentir : les requêtes attendent %n s avant de continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Tâches de déploiement auto</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>Journal des actions</translation>
    </message>
    <message>
        <source> (%1 a second)</source>
        <translation> (%1 par seconde)</translation>
    </message>
    <message>
        <source>Loading %1… %2 of %3%4</source>
        <translation>Chargement des %1… %2 sur %3%4</translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <comment>Loaded &lt;250 computers&gt; at &lt;time&gt;</comment>
        <translation>%1 chargés à %2</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>Cette page n'a pas de liste à exporter.</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>Actualiser &amp;automatiquement</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ctions</translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>Sélectionnez des ordinateurs ou des correctifs dans une liste pour agir dessus</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 — PatchDeck</source>
        <translation>%1 — PatchDeck</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>Chargement terminé : %1</translation>
    </message>
    <message>
        <source>%1 did not load</source>
        <translation>Échec du chargement : %1</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notifications du bureau</translation>
    </message>
    <message>
        <source>Tell me when a long load, an export or a write finishes while PatchDeck is in the background</source>
        <translation>Me prévenir quand un long chargement, une exportation ou une modification se termine alors que PatchDeck est en arrière-plan</translation>
    </message>
    <message>
        <source>PatchDeck &amp;documentation</source>
        <translation>&amp;Documentation de PatchDeck</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>What happened:

What you expected:

Steps to reproduce:

</source>
        <translation>Ce qui s'est passé :

Ce que vous attendiez :

Étapes pour reproduire :

</translation>
    </message>
    <message>
        <source>Create &amp;report…</source>
        <translation>Créer un &amp;rapport…</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Enregistrer la vue…</translation>
    </message>
    <message>
        <source>&amp;Import saved view…</source>
        <translation>&amp;Importer une vue enregistrée…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Saved view of %1</source>
        <translation>Vue enregistrée de %1</translation>
    </message>
    <message>
        <source>Enter a name for the saved view.</source>
        <translation>Saisissez un nom pour la vue enregistrée.</translation>
    </message>
    <message>
        <source>A saved view named “%1” already exists; choose another name.</source>
        <translation>Une vue enregistrée nommée « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no profile to keep saved views in.</source>
        <translation>Aucun profil où conserver les vues enregistrées.</translation>
    </message>
    <message>
        <source>Only a list can be saved as a view.</source>
        <translation>Seule une liste peut être enregistrée comme vue.</translation>
    </message>
    <message>
        <source>The saved view could not be stored.</source>
        <translation>La vue n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>There is no profile.</source>
        <translation>Aucun profil.</translation>
    </message>
    <message>
        <source>The saved view could not be renamed.</source>
        <translation>La vue enregistrée n’a pas pu être renommée.</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>Aucune vue enregistrée ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a saved view PatchDeck can use: %2</source>
        <translation>%1 n’est pas une vue enregistrée utilisable par PatchDeck : %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Saved as “%1” under Saved views.</source>
        <translation>Enregistrée sous « %1 » dans Vues enregistrées.</translation>
    </message>
    <message>
        <source>Import saved view</source>
        <translation>Importer une vue enregistrée</translation>
    </message>
    <message>
        <source>Saved views (*.json)</source>
        <translation>Vues enregistrées (*.json)</translation>
    </message>
    <message>
        <source>Imported as “%1” under Saved views.</source>
        <translation>Importée sous « %1 » dans Vues enregistrées.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename saved view</source>
        <translation>Renommer la vue enregistrée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export saved view</source>
        <translation>Exporter la vue enregistrée</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Supprimer la vue enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The list itself is not affected.</source>
        <translation>Supprimer la vue enregistrée « %1 » ? La liste elle-même n’est pas touchée.</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
</context>
<context>
    <name>pmp::ui::MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Paramètres réseau</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Utiliser les paramètres proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Aucun proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel :</translation>
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
        <translation>Facultatif ; le mot de passe est demandé si nécessaire</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation>Autorités de certification approuvées</translation>
    </message>
    <message>
        <source>PatchDeck trusts the system's certificate authorities. Add a CA file (PEM or DER) for an on-premises server with its own certificate or a proxy that inspects TLS. Certificate errors are never ignored.</source>
        <translation>PatchDeck approuve les autorités de certification du système. Ajoutez un fichier d'AC (PEM ou DER) pour un serveur sur site avec son propre certificat ou un proxy qui inspecte le TLS. Les erreurs de certificat ne sont jamais ignorées.</translation>
    </message>
    <message>
        <source>No additional CA</source>
        <translation>Aucune AC supplémentaire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d'AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s):</source>
        <translation>
            <numerusform>%n certificat :</numerusform>
            <numerusform>%n certificats :</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy server's host name.</source>
        <translation>Saisissez le nom d'hôte du serveur proxy.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NewWindowMenu</name>
    <message>
        <source>New &amp;window</source>
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Already open: brings its window forward</source>
        <translation>Déjà ouvert : met sa fenêtre au premier plan</translation>
    </message>
    <message>
        <source>Opens a window on this tenant</source>
        <translation>Ouvre une fenêtre sur ce locataire</translation>
    </message>
    <message>
        <source>&amp;Sign in to another tenant…</source>
        <translation>Se &amp;connecter à un autre locataire…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::OnPremisesSignInPage</name>
    <message>
        <source>For a Patch Manager Plus server in your own network: its address and an API token created in its web console.</source>
        <translation>Pour un serveur Patch Manager Plus de votre propre réseau : son adresse et un jeton d'API créé dans sa console web.</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>URL du &amp;serveur :</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d'API :</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>Saisissez l'URL du serveur.</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>Collez le jeton d'API.</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>Serveur sur site</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchDetailPane</name>
    <message>
        <source>Select a patch to see where it is missing or failed</source>
        <translation>Sélectionnez un correctif pour voir où il manque ou a échoué</translation>
    </message>
    <message>
        <source>Error code / computer</source>
        <translation>Code d'erreur / ordinateur</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Failed installations</source>
        <translation>Installations en échec</translation>
    </message>
    <message>
        <source>%1 — computers missing it, and failures</source>
        <translation>%1 — ordinateurs où il manque, et échecs</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>Correctif %1</translation>
    </message>
    <message>
        <source>Failed installations: loading…</source>
        <translation>Installations en échec : chargement…</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>aucun code d'erreur</translation>
    </message>
    <message>
        <source>Failed installations: could not load all (%1)</source>
        <translation>Installations en échec : chargement incomplet (%1)</translation>
    </message>
    <message>
        <source>Failed installations: none</source>
        <translation>Installations en échec : aucune</translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n computer(s), by error code</source>
        <translation>
            <numerusform>Échec sur %n ordinateur, par code d'erreur</numerusform>
            <numerusform>Échec sur %n ordinateurs, par code d'erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed installations by error code</source>
        <translation>Installations en échec par code d'erreur</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchOverviewSection</name>
    <message>
        <source>Patches and systems</source>
        <translation>Correctifs et systèmes</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Correctifs manquants</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Correctifs critiques manquants</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Systèmes très vulnérables</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Correctifs installés</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Correctifs applicables</translation>
    </message>
    <message>
        <source>New patches</source>
        <translation>Nouveaux correctifs</translation>
    </message>
    <message>
        <source>Missing patches by severity</source>
        <translation>Correctifs manquants par gravité</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Santé des systèmes</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systèmes</translation>
    </message>
    <message>
        <source>Patch scan</source>
        <translation>Analyse des correctifs</translation>
    </message>
    <message>
        <source>of %1 applicable</source>
        <translation>sur %1 applicables</translation>
    </message>
    <message>
        <source>%1 important</source>
        <translation>%1 importants</translation>
    </message>
    <message>
        <source>of %1 systems</source>
        <translation>sur %1 systèmes</translation>
    </message>
    <message>
        <source>on managed systems</source>
        <translation>sur les systèmes gérés</translation>
    </message>
    <message>
        <source>installed or missing</source>
        <translation>installés ou manquants</translation>
    </message>
    <message>
        <source>recently released</source>
        <translation>publiés récemment</translation>
    </message>
    <message>
        <source>%1 % healthy</source>
        <translation>%1 % sains</translation>
    </message>
    <message>
        <source>Per the server's health policy, a system is highly vulnerable from %1 critical, %2 important, %3 moderate or %4 low missing patches, and vulnerable from %5 critical, %6 important, %7 moderate or %8 low.</source>
        <translation>Selon la stratégie de santé du serveur, un système est très vulnérable à partir de %1 correctifs critiques, %2 importants, %3 modérés ou %4 faibles manquants, et vulnérable à partir de %5 critiques, %6 importants, %7 modérés ou %8 faibles.</translation>
    </message>
    <message>
        <source>No snapshot from 30 days ago yet: the change appears once this computer has history that old.</source>
        <translation>Pas encore d'instantané d'il y a 30 jours : l'évolution apparaîtra quand cet ordinateur aura un historique aussi ancien.</translation>
    </message>
    <message>
        <source>%1 on %2, %3 now</source>
        <translation>%1 le %2, %3 maintenant</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PolicyPicker</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>Chargement des stratégies…</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Could not load every policy: %1</source>
        <translation>Impossible de charger toutes les stratégies : %1</translation>
    </message>
    <message>
        <source>%1 (not in the server's list)</source>
        <translation>%1 (absent de la liste du serveur)</translation>
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
        <translation>Serveur sur site %1</translation>
    </message>
    <message>
        <source>Cloud, %1</source>
        <translation>Cloud, %1</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Ajouter un profil…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>Paramètres &amp;réseau…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RecordListView</name>
    <message>
        <source>Search the loaded rows… (Ctrl+F)</source>
        <translation>Rechercher dans les lignes chargées… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as CSV</source>
        <translation>Enregistrer les lignes et colonnes affichées au format CSV</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter les %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>The list changed on the server while loading (%1 → %2 %3); refresh for an exact snapshot.</source>
        <translation>La liste a changé sur le serveur pendant le chargement (%1 → %2 %3) ; actualisez pour un instantané exact.</translation>
    </message>
    <message>
        <source>Loading cancelled: partial list</source>
        <translation>Chargement annulé : liste partielle</translation>
    </message>
    <message>
        <source>Partial list</source>
        <translation>Liste partielle</translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 could be loaded. %4</source>
        <translation>Seuls %1 sur %2 %3 ont pu être chargés. %4</translation>
    </message>
    <message>
        <source>Showing data from %1 — refreshing…</source>
        <translation>Données du %1 affichées — actualisation…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>5 of &lt;250 computers&gt;</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 loaded…</source>
        <comment>5 of &lt;250 computers&gt; loaded</comment>
        <translation>%1 sur %2 chargés…</translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <comment>&lt;250 computers&gt; loaded</comment>
        <translation>%1 chargés…</translation>
    </message>
    <message>
        <source>%1 · refreshing: %2</source>
        <translation>%1 · actualisation : %2</translation>
    </message>
    <message>
        <source>%1 matching · %2</source>
        <translation>%1 correspondants · %2</translation>
    </message>
    <message>
        <source>Refresh failed — showing data from %1</source>
        <translation>Échec de l'actualisation — données du %1 affichées</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>Exportation de %Ln ligne vers %1…</numerusform>
            <numerusform>Exportation de %Ln lignes vers %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher parmi les %1</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Keep these filters, search, sort and columns under a name (Ctrl+Shift+S)</source>
        <translation>Conserver ces filtres, cette recherche, ce tri et ces colonnes sous un nom (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Saved view %1 filters on “%2”, which this list does not offer; the filter was kept, so the list may be empty or fail to load.</source>
        <translation>La vue enregistrée %1 filtre sur « %2 », que cette liste ne propose pas ; le filtre a été conservé, la liste peut donc être vide ou ne pas se charger.</translation>
    </message>
    <message>
        <source>Saved view %1 filters on %2 “%3”, which the server no longer has; the filter was kept, so the list may be empty.</source>
        <translation>La vue enregistrée %1 filtre sur %2 « %3 », que le serveur n’a plus ; le filtre a été conservé, la liste peut donc être vide.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RemovedRowsDialog</name>
    <message>
        <source>Removed from %1</source>
        <translation>Supprimé de %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>La première (%Ln) est listée.</numerusform>
            <numerusform>Les %Ln premières sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <source>Gone since the list fetched at %1: %2. The rows show the values they had then.</source>
        <translation>Disparu depuis la liste récupérée à %1 : %2. Les lignes montrent les valeurs d’alors.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportCollector</name>
    <message>
        <source>Reading the summaries</source>
        <translation>Lecture des résumés</translation>
    </message>
    <message>
        <source>Missing patches: %1</source>
        <translation>Correctifs manquants : %1</translation>
    </message>
    <message>
        <source>Computers: %1</source>
        <translation>Ordinateurs : %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>Créer un rapport</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Dates ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Du – au :</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>&amp;Fichier PDF :</translation>
    </message>
    <message>
        <source>Also write an &amp;HTML file beside it</source>
        <translation>Écrire aussi un fichier &amp;HTML à côté</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Choose a PDF file and a period whose start is not after its end.</source>
        <translation>Choisissez un fichier PDF et une période dont le début n’est pas après la fin.</translation>
    </message>
    <message>
        <source>Reading the tenant's state…</source>
        <translation>Lecture de l’état du locataire…</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>Aucun rapport n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Annulé : aucun rapport n’a été écrit.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDocument</name>
    <message>
        <source>missing</source>
        <translation>manquants</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systèmes</translation>
    </message>
    <message>
        <source>Patch compliance report</source>
        <translation>Rapport de conformité des correctifs</translation>
    </message>
    <message>
        <source>%1, period %2 to %3</source>
        <translation>%1, période du %2 au %3</translation>
    </message>
    <message>
        <source>Generated %1 by PatchDeck</source>
        <translation>Généré le %1 par PatchDeck</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>Systèmes sains</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Systèmes très vulnérables</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Correctifs manquants</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Correctifs critiques manquants</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Correctifs installés</translation>
    </message>
    <message>
        <source>Missing patches by severity and system health</source>
        <translation>Correctifs manquants par gravité et santé des systèmes</translation>
    </message>
    <message>
        <source>Trend over 30 days</source>
        <translation>Tendance sur 30 jours</translation>
    </message>
    <message>
        <source>Trend over 90 days</source>
        <translation>Tendance sur 90 jours</translation>
    </message>
    <message>
        <source>Top missing patches by affected computers</source>
        <translation>Principaux correctifs manquants par ordinateurs concernés</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Computers longest unpatched</source>
        <translation>Ordinateurs non corrigés depuis le plus longtemps</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>Dernier correctif</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernière analyse</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Deployments and other changes in the period</source>
        <translation>Déploiements et autres modifications de la période</translation>
    </message>
    <message>
        <source>No changes were made from PatchDeck in the period.</source>
        <translation>Aucune modification n’a été faite depuis PatchDeck pendant la période.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</source>
        <translation>
            <numerusform>Pas encore de tendance : moins de deux instantanés ont été enregistrés en ce %n jour. PatchDeck enregistre les chiffres du tableau de bord sur cet ordinateur à chaque actualisation ; le serveur ne garde pas d’historique.</numerusform>
            <numerusform>Pas encore de tendance : moins de deux instantanés ont été enregistrés en ces %n jours. PatchDeck enregistre les chiffres du tableau de bord sur cet ordinateur à chaque actualisation ; le serveur ne garde pas d’historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportsView</name>
    <message>
        <source>Choose a report on the left to load its rows.</source>
        <translation>Choisissez un rapport à gauche pour charger ses lignes.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1</source>
        <translation>La liste des rapports n'a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>Report "%1" could not be loaded: %2</source>
        <translation>Le rapport « %1 » n'a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>Rapports de requête</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SegmentTable</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
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
        <translation>Pour un Self Client : générez un code à usage unique dans la console API et collez-le ici. Aucune redirection de navigateur n'intervient.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Copy the scopes to paste in the API console</source>
        <translation>Copier les scopes à coller dans la console API</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes :</translation>
    </message>
    <message>
        <source>Include &amp;write permissions (approve, install, scan)</source>
        <translation>Inclure les autorisations d'é&amp;criture (approuver, installer, analyser)</translation>
    </message>
    <message>
        <source>&amp;Grant code:</source>
        <translation>Code d'&amp;autorisation :</translation>
    </message>
    <message>
        <source>Paste the grant code.</source>
        <translation>Collez le code d'autorisation.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerStatusSection</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Patch database and approval</source>
        <translation>Base de correctifs et approbation</translation>
    </message>
    <message>
        <source>Server page ›</source>
        <translation>Page du serveur ›</translation>
    </message>
    <message>
        <source>Open the server's settings and status</source>
        <translation>Ouvrir les paramètres et l'état du serveur</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Mise à jour de la base</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Prochaine mise à jour</translation>
    </message>
    <message>
        <source>⚠ Automatic database updates are disabled: new patches are not detected until the database is updated by hand.</source>
        <translation>⚠ Les mises à jour automatiques de la base sont désactivées : les nouveaux correctifs ne sont détectés qu'après une mise à jour manuelle de la base.</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>Approbation des correctifs</translation>
    </message>
    <message>
        <source>Deployment tasks</source>
        <translation>Tâches de déploiement</translation>
    </message>
    <message>
        <source>Last task</source>
        <translation>Dernière tâche</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Prochaine tâche</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Updating now</source>
        <translation>Mise à jour en cours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>New patches are approved for deployment without review.</source>
        <translation>Les nouveaux correctifs sont approuvés pour le déploiement sans vérification.</translation>
    </message>
    <message>
        <source>Patches are deployed only after an administrator approves them.</source>
        <translation>Les correctifs ne sont déployés qu'après approbation par un administrateur.</translation>
    </message>
    <message>
        <source>Unnamed task</source>
        <translation>Tâche sans nom</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l'instant</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Aucune planifiée</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerView</name>
    <message>
        <source>Patch database</source>
        <translation>Base de correctifs</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Dernière mise à jour :</translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation>Mise à jour à :</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Prochaine mise à jour :</translation>
    </message>
    <message>
        <source>Automatic updates:</source>
        <translation>Mises à jour automatiques :</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>Approbation des correctifs</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>System health policy</source>
        <translation>Stratégie de santé des systèmes</translation>
    </message>
    <message>
        <source>Vulnerable at:</source>
        <translation>Vulnérable à partir de :</translation>
    </message>
    <message>
        <source>Highly vulnerable at:</source>
        <translation>Très vulnérable à partir de :</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>Décompte :</translation>
    </message>
    <message>
        <source>Managed scope</source>
        <translation>Périmètre géré</translation>
    </message>
    <message>
        <source>Remote offices:</source>
        <translation>Sites distants :</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domaines :</translation>
    </message>
    <message>
        <source>Custom groups:</source>
        <translation>Groupes personnalisés :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n'a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>The patch database status</source>
        <translation>L'état de la base de correctifs</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt; — the vulnerability database is not kept current</source>
        <translation>&lt;b&gt;désactivées&lt;/b&gt; — la base des vulnérabilités n'est pas tenue à jour</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activées</translation>
    </message>
    <message>
        <source>The approval settings</source>
        <translation>Les paramètres d'approbation</translation>
    </message>
    <message>
        <source>Automatic — new patches are approved without review</source>
        <translation>Automatique — les nouveaux correctifs sont approuvés sans vérification</translation>
    </message>
    <message>
        <source>The health policy</source>
        <translation>La stratégie de santé</translation>
    </message>
    <message>
        <source>only approved patches</source>
        <translation>uniquement les correctifs approuvés</translation>
    </message>
    <message>
        <source>all patches</source>
        <translation>tous les correctifs</translation>
    </message>
    <message>
        <source>third-party applications excluded</source>
        <translation>applications tierces exclues</translation>
    </message>
    <message>
        <source>third-party applications included</source>
        <translation>applications tierces incluses</translation>
    </message>
    <message>
        <source>The server properties</source>
        <translation>Les propriétés du serveur</translation>
    </message>
    <message>
        <source>Manual — patches wait for an administrator's approval</source>
        <translation>Manuelle — les correctifs attendent l'approbation d'un administrateur</translation>
    </message>
    <message>
        <source>The server's setting: %1</source>
        <translation>Le paramètre du serveur : %1</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SessionController</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Welcome to PatchDeck. Connect it to your Patch Manager Plus server: choose how you sign in, and follow the steps on the right.</source>
        <translation>Bienvenue dans PatchDeck. Connectez-le à votre serveur Patch Manager Plus : choisissez votre mode de connexion et suivez les étapes à droite.</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Basculé vers %1</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? PatchDeck signs out (Zoho is told to revoke the sign-in) and forgets the profile.</source>
        <translation>Supprimer le profil « %1 » ? PatchDeck se déconnecte (Zoho est invité à révoquer la connexion) et oublie le profil.</translation>
    </message>
    <message>
        <source>Sign out of "%1"? Zoho is told to revoke PatchDeck's sign-in and the tokens are removed from this computer's keychain.</source>
        <translation>Se déconnecter de « %1 » ? Zoho est invité à révoquer la connexion de PatchDeck et les jetons sont supprimés du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation>Autorisation nécessaire</translation>
    </message>
    <message>
        <source>PatchDeck needs your permission to make changes, but could not open a browser. Copy the link, open it in the browser where you use Zoho, and click Accept.</source>
        <translation>PatchDeck a besoin de votre autorisation pour effectuer des modifications, mais n'a pas pu ouvrir de navigateur. Copiez le lien, ouvrez-le dans le navigateur où vous utilisez Zoho et cliquez sur Accept.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Lien copié</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInDialog</name>
    <message>
        <source>Sign in — PatchDeck</source>
        <translation>Connexion — PatchDeck</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved: %1</source>
        <translation>Connecté, mais les jetons n'ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Connect PatchDeck to Patch Manager Plus</source>
        <translation>Connecter PatchDeck à Patch Manager Plus</translation>
    </message>
    <message>
        <source>Choose how you sign in. Your tokens are kept in this computer's keychain, never in a file.</source>
        <translation>Choisissez votre mode de connexion. Vos jetons sont conservés dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>For example: Production EU</source>
        <translation>Par exemple : Production UE</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Réseau…</translation>
    </message>
    <message>
        <source>Proxy and trusted certificate authorities</source>
        <translation>Proxy et autorités de certification approuvées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>No keychain: tick "Keep my sign-in for this session only" to continue.</source>
        <translation>Pas de trousseau : cochez « Garder ma connexion pour cette session uniquement » pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ouverture de votre navigateur…</translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation>Échange du code auprès de %1…</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Vérification du jeton auprès de %1…</translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation>Connexion arrêtée.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be stored in the keychain. Unlock or start your keychain, or tick "Keep my sign-in for this session only"; then click Continue.</source>
        <translation>Connecté, mais la connexion n'a pas pu être enregistrée dans le trousseau. Déverrouillez ou démarrez votre trousseau, ou cochez « Garder ma connexion pour cette session uniquement » ; puis cliquez sur Continuer.</translation>
    </message>
    <message>
        <source>Signed in. Opening the console…</source>
        <translation>Connecté. Ouverture de la console…</translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in your keychain (it may ask for its password)…</source>
        <translation>Connecté. Enregistrement de la connexion dans votre trousseau (il peut demander son mot de passe)…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInHelp</name>
    <message>
        <source>Sign in through your browser</source>
        <translation>Se connecter via votre navigateur</translation>
    </message>
    <message>
        <source>Open your accounts server's API console and sign in as an administrator.</source>
        <translation>Ouvrez la console API de votre serveur de comptes et connectez-vous en tant qu'administrateur.</translation>
    </message>
    <message>
        <source>Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus administrator account.</source>
        <translation>Ouvrez la console API du centre de données %1, %2, et connectez-vous avec votre compte administrateur Patch Manager Plus.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;GET STARTED&lt;/b&gt; (or &lt;b&gt;ADD CLIENT&lt;/b&gt;), choose &lt;b&gt;Server-based Applications&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;.</source>
        <translation>Cliquez sur &lt;b&gt;GET STARTED&lt;/b&gt; (ou &lt;b&gt;ADD CLIENT&lt;/b&gt;), choisissez &lt;b&gt;Server-based Applications&lt;/b&gt; et cliquez sur &lt;b&gt;CREATE NOW&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Fill in: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; any address of your organisation, for example %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactly %3</source>
        <translation>Renseignez : &lt;b&gt;Client Name&lt;/b&gt; %1 ; &lt;b&gt;Homepage URL&lt;/b&gt; n'importe quelle adresse de votre organisation, par exemple %2 ; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactement %3</translation>
    </message>
    <message>
        <source>Any free port is selected, so the port is only known at sign-in. Zoho compares redirect URIs exactly: choose &lt;b&gt;Use a fixed port&lt;/b&gt; unless your accounts server accepts any loopback port.</source>
        <translation>Un port libre quelconque est choisi, le port n'est donc connu qu'à la connexion. Zoho compare les URI de redirection à l'identique : choisissez &lt;b&gt;Utiliser un port fixe&lt;/b&gt;, sauf si votre serveur de comptes accepte n'importe quel port de bouclage.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;CREATE&lt;/b&gt;. On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>Cliquez sur &lt;b&gt;CREATE&lt;/b&gt;. Dans l'onglet &lt;b&gt;Client Secret&lt;/b&gt;, copiez le &lt;b&gt;Client ID&lt;/b&gt; et le &lt;b&gt;Client Secret&lt;/b&gt; dans les champs à gauche.</translation>
    </message>
    <message>
        <source>If colleagues in other data centres will use this client, open its &lt;b&gt;Settings&lt;/b&gt; and enable &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck follows the data centre Zoho names after sign-in.</source>
        <translation>Si des collègues d'autres centres de données utiliseront ce client, ouvrez ses &lt;b&gt;Settings&lt;/b&gt; et activez &lt;b&gt;Multi-DC&lt;/b&gt; ; PatchDeck suit le centre de données que Zoho indique après la connexion.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens Zoho's consent page; check that it asks only to &lt;b&gt;read&lt;/b&gt; (%1) and click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it.</source>
        <translation>Cliquez sur &lt;b&gt;Se connecter&lt;/b&gt;. Votre navigateur ouvre la page de consentement de Zoho ; vérifiez qu'elle ne demande qu'un accès en &lt;b&gt;lecture&lt;/b&gt; (%1) et cliquez sur &lt;b&gt;Accept&lt;/b&gt;. L'onglet indique ensuite que vous pouvez le fermer.</translation>
    </message>
    <message>
        <source>PatchDeck asks for the write permissions (the UPDATE scopes) later, in the same way, the first time you approve, install or scan. A profile that never writes never holds them.</source>
        <translation>PatchDeck demande les autorisations d'écriture (les scopes UPDATE) plus tard, de la même manière, la première fois que vous approuvez, installez ou analysez. Un profil qui n'écrit jamais ne les détient jamais.</translation>
    </message>
    <message>
        <source>Sign in with a Self Client code</source>
        <translation>Se connecter avec un code Self Client</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Self Client&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;, then &lt;b&gt;OK&lt;/b&gt; (only the first time).</source>
        <translation>Choisissez &lt;b&gt;Self Client&lt;/b&gt; et cliquez sur &lt;b&gt;CREATE NOW&lt;/b&gt;, puis sur &lt;b&gt;OK&lt;/b&gt; (la première fois seulement).</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>Dans l'onglet &lt;b&gt;Client Secret&lt;/b&gt;, copiez le &lt;b&gt;Client ID&lt;/b&gt; et le &lt;b&gt;Client Secret&lt;/b&gt; dans les champs à gauche.</translation>
    </message>
    <message>
        <source>Copy the code, paste it into &lt;b&gt;Grant code&lt;/b&gt; and click &lt;b&gt;Sign in&lt;/b&gt; right away: a code works once, and only until its time runs out.</source>
        <translation>Copiez le code, collez-le dans &lt;b&gt;Code d'autorisation&lt;/b&gt; et cliquez aussitôt sur &lt;b&gt;Se connecter&lt;/b&gt; : un code ne fonctionne qu'une fois, et seulement jusqu'à expiration de son délai.</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Include write permissions&lt;/b&gt; to generate a code that also allows approving, installing and scanning; the scope list above follows it.</source>
        <translation>Cochez &lt;b&gt;Inclure les autorisations d'écriture&lt;/b&gt; pour générer un code qui permet aussi d'approuver, d'installer et d'analyser ; la liste des scopes ci-dessus suit.</translation>
    </message>
    <message>
        <source>Connect to an on-premises server</source>
        <translation>Se connecter à un serveur sur site</translation>
    </message>
    <message>
        <source>Enter the server's address with its https port, for example %1.</source>
        <translation>Saisissez l'adresse du serveur avec son port https, par exemple %1.</translation>
    </message>
    <message>
        <source>In the Patch Manager Plus web console, open &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, create a key for PatchDeck and paste it into &lt;b&gt;API token&lt;/b&gt;.</source>
        <translation>Dans la console web Patch Manager Plus, ouvrez &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, créez une clé pour PatchDeck et collez-la dans &lt;b&gt;Jeton d'API&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. PatchDeck checks the token with one read before keeping it in your keychain.</source>
        <translation>Cliquez sur &lt;b&gt;Se connecter&lt;/b&gt;. PatchDeck vérifie le jeton par une lecture avant de le conserver dans votre trousseau.</translation>
    </message>
    <message>
        <source>The token is sent only over https. If your server uses a certificate from your own CA, add that CA under &lt;b&gt;Network…&lt;/b&gt;; certificate errors are shown, never ignored.</source>
        <translation>Le jeton n'est envoyé qu'en https. Si votre serveur utilise un certificat de votre propre AC, ajoutez cette AC dans &lt;b&gt;Réseau…&lt;/b&gt; ; les erreurs de certificat sont affichées, jamais ignorées.</translation>
    </message>
    <message>
        <source>This address looks like &lt;b&gt;patchdeck-sim&lt;/b&gt;, the simulator. It needs no client registration.</source>
        <translation>Cette adresse ressemble à &lt;b&gt;patchdeck-sim&lt;/b&gt;, le simulateur. Il ne nécessite aucun enregistrement de client.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Use simulator client&lt;/b&gt;: it fills in the simulator's built-in client %1 and its secret %2.</source>
        <translation>Cliquez sur &lt;b&gt;Utiliser le client du simulateur&lt;/b&gt; : cela renseigne le client intégré du simulateur %1 et son secret %2.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens the simulator's consent page.</source>
        <translation>Cliquez sur &lt;b&gt;Se connecter&lt;/b&gt;. Votre navigateur ouvre la page de consentement du simulateur.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it, and PatchDeck opens the console.</source>
        <translation>Cliquez sur &lt;b&gt;Accept&lt;/b&gt;. L'onglet indique ensuite que vous pouvez le fermer, et PatchDeck ouvre la console.</translation>
    </message>
    <message>
        <source>Enter the &lt;b&gt;Server URL&lt;/b&gt; of Patch Manager Plus and the &lt;b&gt;Accounts URL&lt;/b&gt; of its sign-in server. For &lt;b&gt;patchdeck-sim&lt;/b&gt;, both are the address it printed when it started (%1): type it as the Server URL and the Accounts URL follows.</source>
        <translation>Saisissez l'&lt;b&gt;URL du serveur&lt;/b&gt; de Patch Manager Plus et l'&lt;b&gt;URL des comptes&lt;/b&gt; de son serveur de connexion. Pour &lt;b&gt;patchdeck-sim&lt;/b&gt;, les deux sont l'adresse affichée à son démarrage (%1) : saisissez-la comme URL du serveur, l'URL des comptes suit.</translation>
    </message>
    <message>
        <source>Connecting to patchdeck-sim, a test tenant or a proxy? Choose &lt;b&gt;Custom server&lt;/b&gt; under &lt;b&gt;Data centre&lt;/b&gt;.</source>
        <translation>Vous vous connectez à patchdeck-sim, à un tenant de test ou à un proxy ? Choisissez &lt;b&gt;Serveur personnalisé&lt;/b&gt; sous &lt;b&gt;Centre de données&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Generate Code&lt;/b&gt; tab, paste the scopes (&lt;b&gt;Copy&lt;/b&gt; next to &lt;b&gt;Scopes&lt;/b&gt; on the left gives them comma-separated):%1&lt;br&gt;pick a &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes leaves time to paste), type a description such as %2 and click &lt;b&gt;CREATE&lt;/b&gt;.</source>
        <translation>Dans l'onglet &lt;b&gt;Generate Code&lt;/b&gt;, collez les scopes (&lt;b&gt;Copier&lt;/b&gt; à côté de &lt;b&gt;Scopes&lt;/b&gt; à gauche les donne séparés par des virgules) :%1&lt;br&gt;choisissez une &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes laissent le temps de coller), saisissez une description comme %2 et cliquez sur &lt;b&gt;CREATE&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInMethodTabs</name>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation>Na&amp;vigateur (recommandé)</translation>
    </message>
    <message>
        <source>Self Client &amp;code</source>
        <translation>&amp;Code Self Client</translation>
    </message>
    <message>
        <source>&amp;On-premises server</source>
        <translation>Serveur sur &amp;site</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInPage</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInStatusArea</name>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the sign-in link, to open it in a browser yourself</source>
        <translation>Copier le lien de connexion pour l'ouvrir vous-même dans un navigateur</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Lien copié</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l'erreur</translation>
    </message>
    <message>
        <source>Your browser is showing Zoho's consent page. Sign in there if asked, check the permissions and click &lt;b&gt;Accept&lt;/b&gt;; PatchDeck continues by itself.</source>
        <translation>Votre navigateur affiche la page de consentement de Zoho. Connectez-vous-y si demandé, vérifiez les autorisations et cliquez sur &lt;b&gt;Accept&lt;/b&gt; ; PatchDeck continue tout seul.</translation>
    </message>
    <message>
        <source>PatchDeck could not open a browser. Click &lt;b&gt;Copy link&lt;/b&gt;, paste the link into the browser where you use Zoho, and click &lt;b&gt;Accept&lt;/b&gt; there.</source>
        <translation>PatchDeck n'a pas pu ouvrir de navigateur. Cliquez sur &lt;b&gt;Copier le lien&lt;/b&gt;, collez le lien dans le navigateur où vous utilisez Zoho et cliquez sur &lt;b&gt;Accept&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Access approved. Fetching the tokens from %1…</source>
        <translation>Accès approuvé. Récupération des jetons auprès de %1…</translation>
    </message>
    <message>
        <source>Still waiting for the browser…</source>
        <translation>Toujours en attente du navigateur…</translation>
    </message>
    <message>
        <source>Check the certificate below. If it belongs to your organisation, trust its CA under Network… and sign in again.</source>
        <translation>Vérifiez le certificat ci-dessous. S'il appartient à votre organisation, approuvez son AC dans Réseau… et reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SinceLastRefreshSection</name>
    <message>
        <source>Since your last refresh</source>
        <translation>Depuis votre dernière actualisation</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Correctifs critiques manquants</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Systèmes très vulnérables</translation>
    </message>
    <message>
        <source>Agents not reporting</source>
        <translation>Agents muets</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>Analyses en échec</translation>
    </message>
    <message>
        <source>Compared with the summaries recorded at the refresh before, at %1. Net changes: the server reports counts, not events.</source>
        <translation>Comparé aux résumés enregistrés à l’actualisation précédente, à %1. Variations nettes : le serveur fournit des comptes, pas des événements.</translation>
    </message>
    <message>
        <source>The refresh before did not record this number.</source>
        <translation>L’actualisation précédente n’a pas enregistré ce nombre.</translation>
    </message>
    <message>
        <source>%1 at the refresh before</source>
        <translation>%1 à l’actualisation précédente</translation>
    </message>
    <message>
        <source>%1 at %2, %3 now</source>
        <translation>%1 à %2, %3 maintenant</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>Systèmes avec déploiements échoués</translation>
    </message>
    <message>
        <source>Could not count them: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>Pas encore compté.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::StatTile</name>
    <message>
        <source>▲ %1 in 30 days</source>
        <translation>▲ %1 en 30 jours</translation>
    </message>
    <message>
        <source>▼ %1 in 30 days</source>
        <translation>▼ %1 en 30 jours</translation>
    </message>
    <message>
        <source>No change in 30 days</source>
        <translation>Aucune évolution en 30 jours</translation>
    </message>
    <message>
        <source>▲ %1 since %2</source>
        <translation>▲ %1 depuis %2</translation>
    </message>
    <message>
        <source>▼ %1 since %2</source>
        <translation>▼ %1 depuis %2</translation>
    </message>
    <message>
        <source>No change since %1</source>
        <translation>Aucune évolution depuis %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SummarySegments</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérable</translation>
    </message>
    <message>
        <source>Moderately vulnerable: %1</source>
        <translation>Modérément vulnérables : %1</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Très vulnérable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Health unknown (not scanned yet): %1</source>
        <translation>Santé inconnue (pas encore analysés) : %1</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysés</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Non analysé</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Last scan succeeded: %1</source>
        <translation>Dernière analyse réussie : %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Last scan failed: %1</source>
        <translation>Dernière analyse en échec : %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantBadge</name>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire : %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantOverviewModel</name>
    <message>
        <source>From the last session</source>
        <translation>De la dernière session</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Pas encore actualisé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Double-click to open %1 in its window</source>
        <translation>Double-cliquez pour ouvrir %1 dans sa fenêtre</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Missing critical</source>
        <translation>Critiques manquants</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Très vulnérable</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>Agents hors ligne</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>Déploiements échoués</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantSummaryRefresher</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n'existe plus.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantWindows</name>
    <message>
        <source>Sign in to another tenant. It opens in a window of its own; the windows already open stay signed in to theirs.</source>
        <translation>Connectez-vous à un autre locataire. Il s’ouvre dans sa propre fenêtre ; les fenêtres déjà ouvertes restent connectées aux leurs.</translation>
    </message>
    <message>
        <source>&amp;Tenants overview…</source>
        <translation>Vue d’ensemble des &amp;locataires…</translation>
    </message>
    <message>
        <source>Every profile's missing critical patches and highly vulnerable computers in one table</source>
        <translation>Les correctifs critiques manquants et les ordinateurs très vulnérables de chaque profil dans un seul tableau</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantsOverview</name>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Tenants — PatchDeck</source>
        <translation>Locataires — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</source>
        <translation>
            <numerusform>Chaque locataire pour lequel PatchDeck a un profil. Les chiffres sont actualisés un locataire à la fois toutes les %n minute tant que cette fenêtre est ouverte ; double-cliquez sur un locataire pour ouvrir sa fenêtre.</numerusform>
            <numerusform>Chaque locataire pour lequel PatchDeck a un profil. Les chiffres sont actualisés un locataire à la fois toutes les %n minutes tant que cette fenêtre est ouverte ; double-cliquez sur un locataire pour ouvrir sa fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Fetch every tenant's summary now</source>
        <translation>Récupérer maintenant le résumé de chaque locataire</translation>
    </message>
    <message>
        <source>&amp;Open window</source>
        <translation>&amp;Ouvrir la fenêtre</translation>
    </message>
    <message>
        <source>Opens the selected tenant in its window, or brings that window forward</source>
        <translation>Ouvre le locataire choisi dans sa fenêtre, ou met cette fenêtre au premier plan</translation>
    </message>
    <message>
        <source>Tenants (%1) — PatchDeck</source>
        <translation>Locataires (%1) — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %n tenant(s) to go…</source>
        <translation>
            <numerusform>Actualisation : encore %n locataire…</numerusform>
            <numerusform>Actualisation : encore %n locataires…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendChart</name>
    <message>
        <source>Not enough history yet — trends appear after a few refreshes</source>
        <translation>Pas encore assez d'historique — les tendances apparaissent après quelques actualisations</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>trend axis date format (QDateTime format)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendPanel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing critical and important patches</source>
        <translation>Correctifs critiques et importants manquants</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>Systèmes vulnérables</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Très vulnérable</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérable</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendSection</name>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Recorded on this computer at each refresh, one snapshot per hour: the server keeps no history of these numbers.</source>
        <translation>Enregistré sur cet ordinateur à chaque actualisation, un instantané par heure : le serveur ne conserve aucun historique de ces chiffres.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendTable</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>pmp::ui::UninstallPatchesDialog</name>
    <message>
        <source>Uninstall patches</source>
        <translation>Désinstaller des correctifs</translation>
    </message>
    <message>
        <source>The patches are removed from every computer that has them. Computers become vulnerable again to what the patches fixed.</source>
        <translation>Les correctifs sont supprimés de chaque ordinateur qui les possède. Les ordinateurs redeviennent vulnérables à ce que les correctifs corrigeaient.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Patches:</source>
        <translation>Correctifs :</translation>
    </message>
    <message>
        <source>PatchDeck uninstall %1</source>
        <translation>Désinstallation PatchDeck %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>Facultatif : pourquoi, numéro de ticket…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Save as draft (nothing is uninstalled)</source>
        <translation>Enregistrer comme brouillon (rien n'est désinstallé)</translation>
    </message>
    <message>
        <source>Uninstall when each agent next contacts the server</source>
        <translation>Désinstaller au prochain contact de chaque agent avec le serveur</translation>
    </message>
    <message>
        <source>Uninstall immediately</source>
        <translation>Désinstaller immédiatement</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>&amp;Stratégie de déploiement :</translation>
    </message>
</context>
</TS>
