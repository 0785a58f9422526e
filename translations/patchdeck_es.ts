<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Report id %1</source>
        <translation>ID de informe %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 critical, %2 important, %3 moderate or %4 low missing patches</source>
        <translation>%1 parches críticos, %2 importantes, %3 moderados o %4 bajos que faltan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with a simulated Patch Manager Plus server (no account or network needed).</source>
        <translation>Iniciar con un servidor Patch Manager Plus simulado (sin necesidad de cuenta ni red).</translation>
    </message>
    <message>
        <source>Number of computers in the demo fleet.</source>
        <translation>Número de equipos de la flota de demostración.</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>Semilla de la flota de demostración.</translation>
    </message>
    <message>
        <source>Connect to this server URL with the token in PATCHDECK_TOKEN.</source>
        <translation>Conectarse a esta URL de servidor con el token de PATCHDECK_TOKEN.</translation>
    </message>
    <message>
        <source>Server kind for --server: cloud or onprem.</source>
        <translation>Tipo de servidor para --server: cloud u onprem.</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>Servidor de demostración %1</translation>
    </message>
    <message>
        <source>Desktop console for ManageEngine Patch Manager Plus Cloud.
Headless export for scripts: patchdeck export --help</source>
        <translation>Consola de escritorio para ManageEngine Patch Manager Plus Cloud.
Exportación sin interfaz para scripts: patchdeck export --help</translation>
    </message>
    <message>
        <source>Open the window on this view (a view name of patchdeck export --help, or the name of a saved view).</source>
        <translation>Abrir la ventana en esta vista (un nombre de vista de patchdeck export --help o el nombre de una vista guardada).</translation>
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
        <translation>Instalar todos los parches que faltan</translation>
    </message>
    <message>
        <source>Install patches on chosen computers</source>
        <translation>Instalar parches en los equipos elegidos</translation>
    </message>
    <message>
        <source>Install patches on all computers</source>
        <translation>Instalar parches en todos los equipos</translation>
    </message>
    <message>
        <source>Uninstall patches</source>
        <translation>Desinstalar parches</translation>
    </message>
    <message>
        <source>Scan computers</source>
        <translation>Analizar equipos</translation>
    </message>
    <message>
        <source>Scan all computers</source>
        <translation>Analizar todos los equipos</translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>Aprobar parches</translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>Retirar la aprobación de parches</translation>
    </message>
    <message>
        <source>Change automatic deployment task</source>
        <translation>Modificar la tarea de implementación automática</translation>
    </message>
    <message>
        <source>Delete automatic deployment task</source>
        <translation>Eliminar la tarea de implementación automática</translation>
    </message>
    <message>
        <source>Create automatic deployment task</source>
        <translation>Crear una tarea de implementación automática</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task</source>
        <translation>Suspender la tarea de implementación automática</translation>
    </message>
    <message>
        <source>Resume automatic deployment task</source>
        <translation>Reanudar la tarea de implementación automática</translation>
    </message>
    <message>
        <source>Decline patches (deprecated operation)</source>
        <translation>Rechazar parches (operación obsoleta)</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>Rechazar parches</translation>
    </message>
    <message>
        <source>Uninstall agent</source>
        <translation>Desinstalar el agente</translation>
    </message>
    <message>
        <source>Install agent</source>
        <translation>Instalar el agente</translation>
    </message>
    <message>
        <source>Remove computers</source>
        <translation>Quitar equipos</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Iniciar análisis</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Unapprove</source>
        <translation>Retirar aprobación</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <source>Suspend task</source>
        <translation>Suspender tarea</translation>
    </message>
    <message>
        <source>Resume task</source>
        <translation>Reanudar tarea</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionOutcome</name>
    <message>
        <source>Deployment › Configurations</source>
        <translation>Implementación › Configuraciones</translation>
    </message>
    <message>
        <source>the Approval column of Patches › Applicable patches</source>
        <translation>la columna Aprobación de Parches › Parches aplicables</translation>
    </message>
    <message>
        <source>Systems and health › Scan status</source>
        <translation>Sistemas y estado › Estado del análisis</translation>
    </message>
    <message>
        <source>Fleet › Computers</source>
        <translation>Flota › Equipos</translation>
    </message>
    <message>
        <source>the Automatic Patch Deployment page of the Patch Manager Plus web console</source>
        <translation>la página Implementación automática de parches de la consola web de Patch Manager Plus</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Done: the server accepted the request.</source>
        <translation>Hecho: el servidor aceptó la solicitud.</translation>
    </message>
    <message>
        <source>Done: the server answered “%1”.</source>
        <translation>Hecho: el servidor respondió «%1».</translation>
    </message>
    <message>
        <source>%1 Follow the configuration in Deployment › Configurations.</source>
        <translation>%1 Siga la configuración en Implementación › Configuraciones.</translation>
    </message>
    <message>
        <source>Outcome unknown — the connection was lost after the request was sent, so the server may or may not have carried it out. Check %1 before trying again. PatchDeck does not send it again.</source>
        <translation>Resultado desconocido: la conexión se perdió después de enviar la solicitud, así que el servidor puede haberla ejecutado o no. Compruebe %1 antes de volver a intentarlo. PatchDeck no la vuelve a enviar.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionRunner</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>No conectado a un servidor.</translation>
    </message>
    <message>
        <source>Permission to make changes (%1) was not granted; nothing was sent.</source>
        <translation>No se concedió el permiso para realizar cambios (%1); no se envió nada.</translation>
    </message>
    <message>
        <source>Permission to make changes was refused.</source>
        <translation>Se denegó el permiso para realizar cambios.</translation>
    </message>
    <message>
        <source>The action journal could not record this action, so it was not sent. Check that PatchDeck can write its data folder.</source>
        <translation>El registro de acciones no pudo guardar esta acción, así que no se envió. Compruebe que PatchDeck puede escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>Aceptado por el servidor</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ApdTaskBook</name>
    <message>
        <source>Enter the task's name exactly as the web console shows it.</source>
        <translation>Escriba el nombre de la tarea exactamente como lo muestra la consola web.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
    <message>
        <source>The task could not be saved in the local store.</source>
        <translation>No se pudo guardar la tarea en el almacén local.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ConfirmationRule</name>
    <message>
        <source>Removed computers are no longer managed; bringing them back means reinstalling the agent.</source>
        <translation>Los equipos quitados dejan de estar administrados; recuperarlos implica reinstalar el agente.</translation>
    </message>
    <message>
        <source>Without the agent these computers receive no patches and report nothing until it is reinstalled.</source>
        <translation>Sin el agente, estos equipos no reciben parches ni informan de nada hasta que se reinstale.</translation>
    </message>
    <message>
        <source>Uninstalling patches reopens the vulnerabilities they fixed, on every computer that has them.</source>
        <translation>Desinstalar parches vuelve a abrir las vulnerabilidades que corregían, en todos los equipos que los tengan.</translation>
    </message>
    <message>
        <source>A deleted task cannot be restored; it must be created again.</source>
        <translation>Una tarea eliminada no se puede restaurar; hay que volver a crearla.</translation>
    </message>
    <message>
        <source>This action cannot be undone from PatchDeck.</source>
        <translation>Esta acción no se puede deshacer desde PatchDeck.</translation>
    </message>
    <message>
        <source>This action reaches every managed computer.</source>
        <translation>Esta acción afecta a todos los equipos administrados.</translation>
    </message>
    <message numerus="yes">
        <source>This action reaches %n targets.</source>
        <translation>
            <numerusform>Esta acción afecta a %n destino.</numerusform>
            <numerusform>Esta acción afecta a %n destinos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::actions::CustomGroupDirectory</name>
    <message>
        <source>Looking for custom groups in the query reports…</source>
        <translation>Buscando grupos personalizados en los informes de consulta…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer group(s) from the query report “%1”, as of %2.</source>
        <translation>
            <numerusform>%n grupo de equipos del informe de consulta «%1», a fecha de %2.</numerusform>
            <numerusform>%n grupos de equipos del informe de consulta «%1», a fecha de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A query report lists the custom groups, but without their ids. Add the resource_id column to it in the web console (Reports › Query Reports), then look again.</source>
        <translation>Un informe de consulta enumera los grupos personalizados, pero sin sus ID. Añádale la columna resource_id en la consola web (Informes › Informes de consulta) y vuelva a buscar.</translation>
    </message>
    <message>
        <source>No query report lists custom groups with their ids. Create one in the web console (Reports › Query Reports) that selects the custom groups' resource_id and name, then look again.</source>
        <translation>Ningún informe de consulta enumera los grupos personalizados con sus ID. Cree uno en la consola web (Informes › Informes de consulta) que seleccione el resource_id y el nombre de los grupos personalizados y vuelva a buscar.</translation>
    </message>
    <message>
        <source>The query reports could not be read: %1</source>
        <translation>No se pudieron leer los informes de consulta: %1</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>No conectado a un servidor.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::DeclineFallback</name>
    <message>
        <source>This server does not offer the current decline operation. The deprecated one (to be removed by the vendor in October 2026) can decline the same patches, but only for all computers and without reasons or remarks.</source>
        <translation>Este servidor no ofrece la operación de rechazo actual. La obsoleta (que el fabricante retirará en octubre de 2026) puede rechazar los mismos parches, pero solo para todos los equipos y sin motivos ni comentarios.</translation>
    </message>
</context>
<context>
    <name>pmp::actions::RequestPreview</name>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer.</source>
        <translation>resourceids está vacío: seleccione al menos un equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the Patch Manager Plus agent on %1</source>
        <translation>Instalar el agente de Patch Manager Plus en %1</translation>
    </message>
    <message>
        <source>Uninstall the Patch Manager Plus agent from %1</source>
        <translation>Desinstalar el agente de Patch Manager Plus de %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation>
            <numerusform>Quitar %1 de Patch Manager Plus; dejará de estar administrado</numerusform>
            <numerusform>Quitar %1 de Patch Manager Plus; dejarán de estar administrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskActionRequest</name>
    <message>
        <source>taskname is required: name the task.</source>
        <translation>taskname es obligatorio: asigne un nombre a la tarea.</translation>
    </message>
    <message>
        <source>Delete automatic deployment task %1</source>
        <translation>Eliminar la tarea de implementación automática %1</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task %1</source>
        <translation>Suspender la tarea de implementación automática %1</translation>
    </message>
    <message>
        <source>Resume automatic deployment task %1</source>
        <translation>Reanudar la tarea de implementación automática %1</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskSettings</name>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 contiene un nombre vacío.</translation>
    </message>
    <message>
        <source>“%1” contains a comma, which separates the names in %2.</source>
        <translation>«%1» contiene una coma, que separa los nombres en %2.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>deployment policy</source>
        <translation>directiva de implementación</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>tipo de destino</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>destinos</translation>
    </message>
    <message>
        <source>security updates</source>
        <translation>actualizaciones de seguridad</translation>
    </message>
    <message>
        <source>non-security updates</source>
        <translation>actualizaciones no de seguridad</translation>
    </message>
    <message>
        <source>third-party updates</source>
        <translation>actualizaciones de terceros</translation>
    </message>
    <message>
        <source>definition updates</source>
        <translation>actualizaciones de definiciones</translation>
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
        <translation>paquetes acumulativos</translation>
    </message>
    <message>
        <source>optional updates</source>
        <translation>actualizaciones opcionales</translation>
    </message>
    <message>
        <source>driver updates</source>
        <translation>actualizaciones de controladores</translation>
    </message>
    <message>
        <source>preview rollups</source>
        <translation>paquetes acumulativos de vista previa</translation>
    </message>
    <message>
        <source>OS application selection</source>
        <translation>selección de aplicaciones del sistema</translation>
    </message>
    <message>
        <source>OS applications</source>
        <translation>aplicaciones del sistema</translation>
    </message>
    <message>
        <source>third-party application selection</source>
        <translation>selección de aplicaciones de terceros</translation>
    </message>
    <message>
        <source>third-party applications</source>
        <translation>aplicaciones de terceros</translation>
    </message>
    <message>
        <source>deployment delay</source>
        <translation>retraso de implementación</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>caducidad</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>notification e-mail</source>
        <translation>correo de notificación</translation>
    </message>
    <message>
        <source>failure notifications</source>
        <translation>notificaciones de error</translation>
    </message>
    <message>
        <source>failure notification interval</source>
        <translation>intervalo de notificaciones de error</translation>
    </message>
    <message>
        <source>failure report attachment</source>
        <translation>adjunto del informe de errores</translation>
    </message>
    <message>
        <source>failure report format</source>
        <translation>formato del informe de errores</translation>
    </message>
    <message>
        <source>report notifications</source>
        <translation>notificaciones de informe</translation>
    </message>
    <message>
        <source>report notification interval</source>
        <translation>intervalo de notificaciones de informe</translation>
    </message>
    <message>
        <source>report attachment</source>
        <translation>adjunto del informe</translation>
    </message>
    <message>
        <source>report format</source>
        <translation>formato del informe</translation>
    </message>
    <message>
        <source>%1 is not applicable to %2 tasks: %3 are not available on %2.</source>
        <translation>%1 no es aplicable a las tareas de %2: las %3 no están disponibles en %2.</translation>
    </message>
    <message>
        <source>At least one applicable update type must be selected for the chosen platform (%1).</source>
        <translation>Debe seleccionarse al menos un tipo de actualización aplicable para la plataforma elegida (%1).</translation>
    </message>
    <message>
        <source>%1 must be all applications, Patch Specific Applications or Patch All Applications Except.</source>
        <translation>%1 debe ser «todas las aplicaciones», «Patch Specific Applications» o «Patch All Applications Except».</translation>
    </message>
    <message>
        <source>The API has no documented value of %1 for all applications, so a task cannot be switched back to them: delete the task and create it again.</source>
        <translation>La API no tiene un valor documentado de %1 para todas las aplicaciones, así que una tarea no puede volver a ellas: elimine la tarea y vuelva a crearla.</translation>
    </message>
    <message>
        <source>%1 is “%2” but %3 is empty: name at least one application.</source>
        <translation>%1 es «%2» pero %3 está vacío: indique al menos una aplicación.</translation>
    </message>
    <message>
        <source>failure_notify_duration is %1 days; it must be at least 1.</source>
        <translation>failure_notify_duration es %1 días; debe ser al menos 1.</translation>
    </message>
    <message>
        <source>report_notify_duration is %1 days; it must be at least 1.</source>
        <translation>report_notify_duration es %1 días; debe ser al menos 1.</translation>
    </message>
    <message>
        <source>attachmentFormatForFailure “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForFailure «%1» no es xls, pdf ni csv.</translation>
    </message>
    <message>
        <source>attachmentFormatForReport “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForReport «%1» no es xls, pdf ni csv.</translation>
    </message>
    <message>
        <source>Notifications are on but no e-mail address is given.</source>
        <translation>Las notificaciones están activadas, pero no se indica ninguna dirección de correo.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«%1» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>taskName is required: name the task.</source>
        <translation>taskName es obligatorio: asigne un nombre a la tarea.</translation>
    </message>
    <message>
        <source>templateName is required: choose the deployment policy the task uses.</source>
        <translation>templateName es obligatorio: elija la directiva de implementación que usa la tarea.</translation>
    </message>
    <message>
        <source>platform must be Windows, Mac or Linux.</source>
        <translation>platform debe ser Windows, Mac o Linux.</translation>
    </message>
    <message>
        <source>target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP.</source>
        <translation>target_type debe ser DOMAIN, REMOTE_OFFICE o CUSTOM_GROUP.</translation>
    </message>
    <message>
        <source>Changing target_type needs target_list as well: name the new targets.</source>
        <translation>Cambiar target_type requiere también target_list: indique los nuevos destinos.</translation>
    </message>
    <message>
        <source>target_list is empty: choose at least one target.</source>
        <translation>target_list está vacío: elija al menos un destino.</translation>
    </message>
    <message>
        <source>The delay must count from approval or from release.</source>
        <translation>El retraso debe contar desde la aprobación o desde la publicación.</translation>
    </message>
    <message>
        <source>The API has no way to clear a delay: set a delay after approval or after release.</source>
        <translation>La API no permite quitar un retraso: establezca un retraso tras la aprobación o tras la publicación.</translation>
    </message>
    <message>
        <source>%1 is %2; a delay must be at least 1.</source>
        <translation>%1 es %2; un retraso debe ser al menos 1.</translation>
    </message>
    <message>
        <source>EXPIRY_TIME is not a valid date and time (MM/dd/yyyy, HH:mm).</source>
        <translation>EXPIRY_TIME no es una fecha y hora válida (MM/dd/yyyy, HH:mm).</translation>
    </message>
    <message>
        <source>The task expiry (%1) is not in the future.</source>
        <translation>La caducidad de la tarea (%1) no está en el futuro.</translation>
    </message>
    <message>
        <source>deadlineSettings.forceRebootOption must be 0 (disabled), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>deadlineSettings.forceRebootOption debe ser 0 (desactivado), 1 (dentro de la ventana) o 2 (fuera de la ventana); %1 no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>deadlineSettings.preferredDays is %1; with the deadline enabled it must be at least 1 day.</source>
        <translation>deadlineSettings.preferredDays es %1; con la fecha límite activada debe ser al menos 1 día.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>pmp::api::CreateApdTaskRequest</name>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n oficina remota</numerusform>
            <numerusform>%n oficinas remotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n grupo personalizado</numerusform>
            <numerusform>%n grupos personalizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Create automatic deployment task %1 for %2 on %3</source>
        <translation>Crear la tarea de implementación automática %1 para %2 en %3</translation>
    </message>
    <message>
        <source>deployment policy %1</source>
        <translation>directiva de implementación %1</translation>
    </message>
</context>
<context>
    <name>pmp::api::DeclinePatchesRequest</name>
    <message>
        <source>Vendor-reported patch issue</source>
        <translation>Problema del parche notificado por el fabricante</translation>
    </message>
    <message>
        <source>Accepted Risk - Not Applicable to Environment</source>
        <translation>Riesgo aceptado - No aplicable al entorno</translation>
    </message>
    <message>
        <source>Accepted Risk - Known Application Conflict</source>
        <translation>Riesgo aceptado - Conflicto de aplicación conocido</translation>
    </message>
    <message>
        <source>Accepted Risk - Managed by Alternative Method</source>
        <translation>Riesgo aceptado - Gestionado por otro método</translation>
    </message>
    <message>
        <source>Other (Specify Below)</source>
        <translation>Otro (especificar abajo)</translation>
    </message>
    <message>
        <source>The server does not decline Linux patches: they are left out of this request automatically.</source>
        <translation>El servidor no rechaza parches de Linux: se excluyen automáticamente de esta solicitud.</translation>
    </message>
    <message>
        <source>Patches list is empty: select at least one patch to decline.</source>
        <translation>La lista de parches está vacía: seleccione al menos un parche para rechazar.</translation>
    </message>
    <message>
        <source>Patch %1 has id %2, which is not a numeric patch id.</source>
        <translation>El parche %1 tiene el ID %2, que no es un ID de parche numérico.</translation>
    </message>
    <message>
        <source>Patch id %1 is listed more than once.</source>
        <translation>El ID de parche %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>reasonId is mandatory for patch id: %1. Choose why it is declined.</source>
        <translation>reasonId es obligatorio para el ID de parche %1. Elija por qué se rechaza.</translation>
    </message>
    <message>
        <source>reasonId %1 for patch id %2 is not one of the reasons 1 to 5.</source>
        <translation>reasonId %1 para el ID de parche %2 no es ninguno de los motivos 1 a 5.</translation>
    </message>
    <message>
        <source>Remarks are required for patch id %1: say why it is declined.</source>
        <translation>Los comentarios son obligatorios para el ID de parche %1: indique por qué se rechaza.</translation>
    </message>
    <message>
        <source>The reason for patch id %1 is “Other”: describe it in at least %2 characters.</source>
        <translation>El motivo del ID de parche %1 es «Otro»: descríbalo con al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>Every selected patch is a Linux patch, and the server excludes Linux patches: nothing would be declined.</source>
        <translation>Todos los parches seleccionados son de Linux, y el servidor excluye los parches de Linux: no se rechazaría nada.</translation>
    </message>
    <message>
        <source>customGroupID is empty: choose at least one custom group.</source>
        <translation>customGroupID está vacío: elija al menos un grupo personalizado.</translation>
    </message>
    <message>
        <source>Custom group id “%1” is not numeric.</source>
        <translation>El ID de grupo personalizado «%1» no es numérico.</translation>
    </message>
    <message>
        <source>Custom group id %1 is listed more than once.</source>
        <translation>El ID de grupo personalizado %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>All Computer Groups cannot be selected with other Custom Groups: the All Computers Group already covers every computer.</source>
        <translation>All Computer Groups no se puede seleccionar junto con otros grupos personalizados: el grupo All Computers ya incluye todos los equipos.</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n parche</numerusform>
            <numerusform>%n parches</numerusform>
        </translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>todos los equipos</translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n grupo personalizado</numerusform>
            <numerusform>%n grupos personalizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline %1 for %2</source>
        <translation>Rechazar %1 para %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>Linux patches are skipped by the server</source>
        <translation>El servidor omite los parches de Linux</translation>
    </message>
</context>
<context>
    <name>pmp::api::DeploymentOptions</name>
    <message>
        <source>deploy when the agents next contact the server</source>
        <translation>implementar cuando los agentes contacten de nuevo con el servidor</translation>
    </message>
    <message>
        <source>deploy immediately</source>
        <translation>implementar inmediatamente</translation>
    </message>
    <message>
        <source>save as draft</source>
        <translation>guardar como borrador</translation>
    </message>
    <message>
        <source>force reboot within the deployment window</source>
        <translation>forzar el reinicio dentro de la ventana de implementación</translation>
    </message>
    <message>
        <source>force reboot outside the deployment window</source>
        <translation>forzar el reinicio fuera de la ventana de implementación</translation>
    </message>
</context>
<context>
    <name>pmp::api::Filters</name>
    <message>
        <source>Unrated</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
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
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Muy vulnerable</translation>
    </message>
    <message>
        <source>Security Updates</source>
        <translation>Actualizaciones de seguridad</translation>
    </message>
    <message>
        <source>Non-Security Updates</source>
        <translation>Actualizaciones no de seguridad</translation>
    </message>
    <message>
        <source>Third-Party Updates</source>
        <translation>Actualizaciones de terceros</translation>
    </message>
    <message>
        <source>Definition Update</source>
        <translation>Actualización de definiciones</translation>
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
        <translation>Paquetes acumulativos</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>Optional Updates</source>
        <translation>Actualizaciones opcionales</translation>
    </message>
    <message>
        <source>Preview Rollups</source>
        <translation>Paquetes acumulativos de vista previa</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Automatic reboot</source>
        <translation>Reinicio automático</translation>
    </message>
    <message>
        <source>May require</source>
        <translation>Puede ser necesario</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>Oficina remota</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Custom group</source>
        <translation>Grupo personalizado</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>Nombre de la tarea</translation>
    </message>
    <message>
        <source>Bulletin ID</source>
        <translation>ID de boletín</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID de parche</translation>
    </message>
    <message>
        <source>Patch status</source>
        <translation>Estado del parche</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de recurso</translation>
    </message>
    <message>
        <source>Patch name</source>
        <translation>Nombre del parche</translation>
    </message>
    <message>
        <source>Update type</source>
        <translation>Tipo de actualización</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Install error code</source>
        <translation>Código de error de instalación</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>CVE IDs</source>
        <translation>ID de CVE</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unapproved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Approved time</source>
        <translation>Fecha de aprobación</translation>
    </message>
    <message>
        <source>KB number</source>
        <translation>Número de KB</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>Compatible desde</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Uninstall support</source>
        <translation>Admite desinstalación</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Estado de la aprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Implementado</translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation>Reintento en curso</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>Estado en vivo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>Instalación del agente</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Pendiente de instalar</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Desinstalado</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>Error de desinstalación</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>Error de instalación</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>El nombre contiene</translation>
    </message>
    <message>
        <source>Service tag</source>
        <translation>Etiqueta de servicio</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>En los últimos 3 días</translation>
    </message>
    <message>
        <source>4 to 7 days ago</source>
        <translation>Hace 4 a 7 días</translation>
    </message>
    <message>
        <source>8 to 15 days ago</source>
        <translation>Hace 8 a 15 días</translation>
    </message>
    <message>
        <source>16 to 30 days ago</source>
        <translation>Hace 16 a 30 días</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Hace más de 30 días</translation>
    </message>
</context>
<context>
    <name>pmp::api::I18nText</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Installed successfully</source>
        <translation>Instalado correctamente</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Pendiente de instalar</translation>
    </message>
    <message>
        <source>Uninstalled successfully</source>
        <translation>Desinstalado correctamente</translation>
    </message>
    <message>
        <source>Agent installed successfully</source>
        <translation>Agente instalado correctamente</translation>
    </message>
    <message>
        <source>Scan completed successfully</source>
        <translation>Análisis completado correctamente</translation>
    </message>
    <message>
        <source>Draft (download failed)</source>
        <translation>Borrador (error de descarga)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Patch downloaded successfully</source>
        <translation>Parche descargado correctamente</translation>
    </message>
    <message>
        <source>Agent installation failed: unknown credentials</source>
        <translation>Error en la instalación del agente: credenciales desconocidas</translation>
    </message>
</context>
<context>
    <name>pmp::api::InstallPatchesRequest</name>
    <message>
        <source>Choose one target set: %1 and %2 cannot be sent together.</source>
        <translation>Elija un solo conjunto de destinos: %1 y %2 no se pueden enviar juntos.</translation>
    </message>
    <message>
        <source>Installing all missing patches needs a target set: one of ResourceIDs, resourceNames, customGroups, ipAddresses or remoteOffices.</source>
        <translation>Instalar todos los parches que faltan requiere un conjunto de destinos: ResourceIDs, resourceNames, customGroups, ipAddresses o remoteOffices.</translation>
    </message>
    <message>
        <source>ResourceIDs is empty: select at least one computer.</source>
        <translation>ResourceIDs está vacío: seleccione al menos un equipo.</translation>
    </message>
    <message>
        <source>resourceNames is empty: select at least one computer.</source>
        <translation>resourceNames está vacío: seleccione al menos un equipo.</translation>
    </message>
    <message>
        <source>customGroups is empty: select at least one custom group.</source>
        <translation>customGroups está vacío: seleccione al menos un grupo personalizado.</translation>
    </message>
    <message>
        <source>ipAddresses is empty: enter at least one IP address.</source>
        <translation>ipAddresses está vacío: escriba al menos una dirección IP.</translation>
    </message>
    <message>
        <source>ipAddresses: “%1” is not an IP address.</source>
        <translation>ipAddresses: «%1» no es una dirección IP.</translation>
    </message>
    <message>
        <source>remoteOffices is empty: select at least one remote office.</source>
        <translation>remoteOffices está vacío: seleccione al menos una oficina remota.</translation>
    </message>
    <message>
        <source>installaftertime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>installaftertime no es una fecha y hora válida (yyyy-MM-dd HH:mm).</translation>
    </message>
    <message>
        <source>expirytime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>expirytime no es una fecha y hora válida (yyyy-MM-dd HH:mm).</translation>
    </message>
    <message>
        <source>The expiry time (%1) must be later than the install-after time (%2).</source>
        <translation>La hora de caducidad (%1) debe ser posterior a la hora de inicio de instalación (%2).</translation>
    </message>
    <message>
        <source>The expiry time (%1) is not in the future: the configuration would never apply.</source>
        <translation>La hora de caducidad (%1) no está en el futuro: la configuración nunca se aplicaría.</translation>
    </message>
    <message>
        <source>deadlineTime is not a valid date and time.</source>
        <translation>deadlineTime no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>The deadline (%1) is not in the future.</source>
        <translation>La fecha límite (%1) no está en el futuro.</translation>
    </message>
    <message>
        <source>The deadline (%1) is more than one year ahead; at most one year is supported.</source>
        <translation>La fecha límite (%1) está a más de un año; se admite como máximo un año.</translation>
    </message>
    <message>
        <source>PatchIDs is empty: select at least one patch (or choose to install all missing patches).</source>
        <translation>PatchIDs está vacío: seleccione al menos un parche (o elija instalar todos los parches que faltan).</translation>
    </message>
    <message>
        <source>isOnlyApproved applies only when installing all missing patches (without PatchIDs).</source>
        <translation>isOnlyApproved solo se aplica al instalar todos los parches que faltan (sin PatchIDs).</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName es obligatorio: asigne un nombre a la configuración.</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform debe ser Deploy, Deploy Immediately o Draft.</translation>
    </message>
    <message>
        <source>deploymentType must be 0 (deploy only), 1 (Self Service Portal only) or 2 (both); %1 is not one of them.</source>
        <translation>deploymentType debe ser 0 (solo implementar), 1 (solo Self Service Portal) o 2 (ambos); %1 no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for every deployment type: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID es obligatorio para todo tipo de implementación: elija una directiva de implementación.</translation>
    </message>
    <message>
        <source>forceRebootOption must be 0 (not configured), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>forceRebootOption debe ser 0 (no configurado), 1 (dentro de la ventana) o 2 (fuera de la ventana); %1 no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>noOfRetries must be between 1 and 10; %1 is not.</source>
        <translation>noOfRetries debe estar entre 1 y 10; %1 no lo está.</translation>
    </message>
    <message>
        <source>logonStartupMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>logonStartupMinRetry debe estar entre 0 y 9; %1 no lo está.</translation>
    </message>
    <message>
        <source>refreshMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>refreshMinRetry debe estar entre 0 y 9; %1 no lo está.</translation>
    </message>
    <message>
        <source>Retry count: logonStartupMinRetry + refreshMinRetry (%1 + %2) must equal noOfRetries (%3).</source>
        <translation>Número de reintentos: logonStartupMinRetry + refreshMinRetry (%1 + %2) debe ser igual a noOfRetries (%3).</translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>todos los equipos</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n grupo personalizado</numerusform>
            <numerusform>%n grupos personalizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n dirección IP</numerusform>
            <numerusform>%n direcciones IP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n oficina remota</numerusform>
            <numerusform>%n oficinas remotas</numerusform>
        </translation>
    </message>
    <message>
        <source>all missing approved patches</source>
        <translation>todos los parches aprobados que faltan</translation>
    </message>
    <message>
        <source>all missing patches</source>
        <translation>todos los parches que faltan</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n parche</numerusform>
            <numerusform>%n parches</numerusform>
        </translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation>Instalar %1 en %2</translation>
    </message>
    <message>
        <source>publish in the Self Service Portal only</source>
        <translation>publicar solo en el Self Service Portal</translation>
    </message>
    <message>
        <source>also publish in the Self Service Portal</source>
        <translation>publicar también en el Self Service Portal</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Todos los equipos</translation>
    </message>
</context>
<context>
    <name>pmp::api::LegacyDeclineRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to decline.</source>
        <translation>patchids está vacío: seleccione al menos un parche para rechazar.</translation>
    </message>
    <message>
        <source>%1 patches selected; the legacy decline takes at most %2 per request.</source>
        <translation>%1 parches seleccionados; el rechazo antiguo admite como máximo %2 por solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es) for all computers (legacy endpoint)</source>
        <translation>
            <numerusform>Rechazar %n parche para todos los equipos (punto de conexión antiguo)</numerusform>
            <numerusform>Rechazar %n parches para todos los equipos (punto de conexión antiguo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ListQuery</name>
    <message>
        <source>"%1" is not a filter of %2 (%3).</source>
        <translation>«%1» no es un filtro de %2 (%3).</translation>
    </message>
    <message>
        <source>"%1" is not a documented value of %2; use one of: %3.</source>
        <translation>«%1» no es un valor documentado de %2; use uno de: %3.</translation>
    </message>
    <message>
        <source>%1 needs "%2" (%3).</source>
        <translation>%1 necesita «%2» (%3).</translation>
    </message>
    <message>
        <source>%1 needs a report id.</source>
        <translation>%1 necesita un ID de informe.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ModifyApdTaskRequest</name>
    <message>
        <source>taskname is required: name the task to modify.</source>
        <translation>taskname es obligatorio: indique la tarea que se va a modificar.</translation>
    </message>
    <message>
        <source>Nothing to change: set at least one setting of the task.</source>
        <translation>Nada que cambiar: establezca al menos un ajuste de la tarea.</translation>
    </message>
    <message>
        <source>Change automatic deployment task %1: %2</source>
        <translation>Modificar la tarea de implementación automática %1: %2</translation>
    </message>
</context>
<context>
    <name>pmp::api::PagedFetch</name>
    <message>
        <source>Page %1 could not be fetched: %2</source>
        <translation>No se pudo obtener la página %1: %2</translation>
    </message>
    <message>
        <source>The server changed its page size from %1 to %2 during the fetch; refresh to load a consistent list.</source>
        <translation>El servidor cambió su tamaño de página de %1 a %2 durante la descarga; actualice para cargar una lista coherente.</translation>
    </message>
    <message>
        <source>The list keeps changing on the server (its total changed %1 times while loading); try again later.</source>
        <translation>La lista no deja de cambiar en el servidor (su total cambió %1 veces durante la carga); inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server reports %1 items but served more on page %2: its totals cannot be trusted, so the list cannot be loaded completely. Refresh to try again.</source>
        <translation>El servidor indica %1 elementos pero sirvió más en la página %2: sus totales no son fiables, así que la lista no se puede cargar completa. Actualice para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The list changed on the server while loading: %1 items arrived but the server now reports %2. Refresh to load a consistent list.</source>
        <translation>La lista cambió en el servidor durante la carga: llegaron %1 elementos, pero el servidor indica ahora %2. Actualice para cargar una lista coherente.</translation>
    </message>
    <message>
        <source>The server reports %1 items in pages of %2: more than PatchDeck loads in one list (%3 items, %4 requests). Narrow the list with a filter.</source>
        <translation>El servidor indica %1 elementos en páginas de %2: más de lo que PatchDeck carga en una lista (%3 elementos, %4 solicitudes). Acote la lista con un filtro.</translation>
    </message>
    <message>
        <source>The server answered page %1 when asked for page %2: it does not page this list as documented, so the list cannot be loaded completely.</source>
        <translation>El servidor devolvió la página %1 cuando se pidió la página %2: no pagina esta lista según lo documentado, así que no se puede cargar completa.</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages; the server's paging cannot be followed.</source>
        <translation>La lista no terminó tras %1 páginas; no se puede seguir la paginación del servidor.</translation>
    </message>
    <message>
        <source>The server returned the same items for pages %1 and %2: it ignores the paging parameters, so the list cannot be loaded completely.</source>
        <translation>El servidor devolvió los mismos elementos para las páginas %1 y %2: ignora los parámetros de paginación, así que la lista no se puede cargar completa.</translation>
    </message>
    <message>
        <source>The list is incomplete.</source>
        <translation>La lista está incompleta.</translation>
    </message>
</context>
<context>
    <name>pmp::api::PatchApprovalRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to approve.</source>
        <translation>patchids está vacío: seleccione al menos un parche para aprobar.</translation>
    </message>
    <message>
        <source>patchids is empty: select at least one patch to unapprove.</source>
        <translation>patchids está vacío: seleccione al menos un parche para retirar su aprobación.</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es) for all computers</source>
        <translation>
            <numerusform>Aprobar %n parche para todos los equipos</numerusform>
            <numerusform>Aprobar %n parches para todos los equipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es) for all computers</source>
        <translation>
            <numerusform>Retirar la aprobación de %n parche para todos los equipos</numerusform>
            <numerusform>Retirar la aprobación de %n parches para todos los equipos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::RequestRules</name>
    <message>
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
        <translation>DeploymentPolicyTemplateID %1 no es un ID de directiva válido.</translation>
    </message>
    <message>
        <source>%1 is empty: select at least one item.</source>
        <translation>%1 está vacío: seleccione al menos un elemento.</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not a valid id (ids are positive numbers).</source>
        <translation>%1 contiene %2, que no es un ID válido (los ID son números positivos).</translation>
    </message>
    <message>
        <source>%1 lists id %2 more than once.</source>
        <translation>%1 incluye el ID %2 más de una vez.</translation>
    </message>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 contiene un nombre vacío.</translation>
    </message>
    <message>
        <source>%1 lists “%2” more than once.</source>
        <translation>%1 incluye «%2» más de una vez.</translation>
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
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
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
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResponseParser</name>
    <message>
        <source>The session has expired or the token was rejected (%1).</source>
        <translation>La sesión ha caducado o se rechazó el token (%1).</translation>
    </message>
    <message>
        <source>The server is throttling requests: %1</source>
        <translation>El servidor está limitando las solicitudes: %1</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>El servidor rechazó esta solicitud.</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>El servidor notificó un error (%1).</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>El servidor notificó un error: %1</translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected.</source>
        <translation>La sesión ha caducado o se rechazó el token.</translation>
    </message>
    <message>
        <source>The server is throttling requests; try again shortly.</source>
        <translation>El servidor está limitando las solicitudes; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>Access denied: the token lacks the permission (scope) for this operation.</source>
        <translation>Acceso denegado: el token no tiene el permiso (scope) para esta operación.</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Acceso denegado: %1</translation>
    </message>
    <message>
        <source>The server reported error %1.</source>
        <translation>El servidor notificó el error %1.</translation>
    </message>
    <message>
        <source>The server does not offer this operation (HTTP 404).</source>
        <translation>El servidor no ofrece esta operación (HTTP 404).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The reply was cut off after %1 bytes (incomplete data).</source>
        <translation>La respuesta se cortó tras %1 bytes (datos incompletos).</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The server is throttling requests (it sent a "%1" page); try again shortly.</source>
        <translation>El servidor está limitando las solicitudes (envió una página «%1»); inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Access was denied by something between PatchDeck and the server (it sent a "%1" page): a proxy or firewall may need to allow it.</source>
        <translation>Algo entre PatchDeck y el servidor denegó el acceso (envió una página «%1»): puede que un proxy o un cortafuegos tenga que permitirlo.</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>The server sent a web page ("%1") where data was expected. A proxy or login page may be in the way.</source>
        <translation>El servidor envió una página web («%1») donde se esperaban datos. Puede que un proxy o una página de inicio de sesión se interponga.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <source>The reply is a list where a single object was expected.</source>
        <translation>La respuesta es una lista donde se esperaba un único objeto.</translation>
    </message>
    <message>
        <source>The reply has no "message_response"; it does not look like a %1 reply.</source>
        <translation>La respuesta no tiene «message_response»; no parece una respuesta de %1.</translation>
    </message>
    <message>
        <source>The reply has no "%1" data.</source>
        <translation>La respuesta no contiene datos «%1».</translation>
    </message>
    <message>
        <source>"%1" is not a list.</source>
        <translation>«%1» no es una lista.</translation>
    </message>
    <message>
        <source>The reply has no "%1" list.</source>
        <translation>La respuesta no contiene la lista «%1».</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object.</source>
        <translation>El elemento %1 de la lista no es un objeto.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResultParsers</name>
    <message>
        <source>The %1 reply is not an object.</source>
        <translation>La respuesta %1 no es un objeto.</translation>
    </message>
    <message>
        <source>Report row %1 is not an object.</source>
        <translation>La fila de informe %1 no es un objeto.</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanAllComputersRequest</name>
    <message>
        <source>Scan all computers for missing patches</source>
        <translation>Analizar todos los equipos en busca de parches que faltan</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Todos los equipos</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanComputersRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer to scan.</source>
        <translation>resourceids está vacío: seleccione al menos un equipo para analizar.</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 for missing patches</source>
        <translation>Analizar %1 en busca de parches que faltan</translation>
    </message>
</context>
<context>
    <name>pmp::api::Transport</name>
    <message>
        <source>Refusing to send credentials over unencrypted HTTP to %1; use https.</source>
        <translation>No se enviarán credenciales por HTTP sin cifrar a %1; use https.</translation>
    </message>
    <message>
        <source>The server address "%1" is not a valid https URL.</source>
        <translation>La dirección del servidor «%1» no es una URL https válida.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB and was not read: the action may or may not have happened. It was not sent again.</source>
        <translation>La respuesta del servidor superaba %1 MB y no se leyó: puede que la acción se haya realizado o no. No se volvió a enviar.</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB, far more than a page of this list can be; it was not read.</source>
        <translation>La respuesta del servidor superaba %1 MB, mucho más de lo que puede ocupar una página de esta lista; no se leyó.</translation>
    </message>
    <message>
        <source>a different address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; PatchDeck does not send your sign-in to another address. Check the server address in the profile.</source>
        <translation>El servidor redirigió la solicitud a %1; PatchDeck no envía su inicio de sesión a otra dirección. Compruebe la dirección del servidor en el perfil.</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: the server may have carried it out.</source>
        <translation>Cancelado después de enviar la solicitud: puede que el servidor la haya ejecutado.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>Sin respuesta de %1 en %2 s tras el envío: puede que la acción se haya realizado o no. No se volvió a enviar.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>Se perdió la conexión con %1 tras el envío: puede que la acción se haya realizado o no. No se volvió a enviar.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Falló la conexión segura con %1: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS).</source>
        <translation>No se encontró el servidor %1 (DNS).</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Error de red al comunicarse con %1: %2</translation>
    </message>
    <message>
        <source>The server's answer was unreadable (%1): the action may or may not have happened. It was not sent again.</source>
        <translation>La respuesta del servidor era ilegible (%1): puede que la acción se haya realizado o no. No se volvió a enviar.</translation>
    </message>
    <message>
        <source>The server refused the request although the sign-in was just renewed: the account may not be allowed to do this (%1).</source>
        <translation>El servidor rechazó la solicitud aunque el inicio de sesión se acaba de renovar: puede que la cuenta no tenga permiso para hacerlo (%1).</translation>
    </message>
</context>
<context>
    <name>pmp::api::UninstallPatchesRequest</name>
    <message>
        <source>PatchIDs is empty: select at least one patch to uninstall.</source>
        <translation>PatchIDs está vacío: seleccione al menos un parche para desinstalar.</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName es obligatorio: asigne un nombre a la configuración.</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform debe ser Deploy, Deploy Immediately o Draft.</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for an uninstall: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID es obligatorio para una desinstalación: elija una directiva de implementación.</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n parche</numerusform>
            <numerusform>%n parches</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall %1 from all computers</source>
        <translation>Desinstalar %1 de todos los equipos</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Todos los equipos</translation>
    </message>
</context>
<context>
    <name>pmp::auth::BrowserSignIn</name>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>Escriba el ID de cliente de la consola de API.</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>El servidor de cuentas debe ser una dirección https (http simple solo para 127.0.0.1).</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again; if the browser did not open, copy the link into it yourself.</source>
        <translation>
            <numerusform>El navegador no volvió en %n minuto. Vuelva a iniciar sesión; si el navegador no se abrió, copie usted mismo el enlace en él.</numerusform>
            <numerusform>El navegador no volvió en %n minutos. Vuelva a iniciar sesión; si el navegador no se abrió, copie usted mismo el enlace en él.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in response arrived that does not belong to this attempt (state mismatch). It was ignored; still waiting for the browser.</source>
        <translation>Llegó una respuesta de inicio de sesión que no pertenece a este intento (el state no coincide). Se ignoró; se sigue esperando al navegador.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so PatchDeck is not signed in. To connect, sign in again and choose Accept on Zoho's consent page.</source>
        <translation>Se denegó el acceso en el navegador, así que PatchDeck no ha iniciado sesión. Para conectarse, vuelva a iniciar sesión y elija Accept en la página de consentimiento de Zoho.</translation>
    </message>
    <message>
        <source>Zoho ended the sign-in with the error "%1".</source>
        <translation>Zoho terminó el inicio de sesión con el error «%1».</translation>
    </message>
    <message>
        <source>The sign-in named the accounts server %1, which is not a Zoho accounts server PatchDeck trusts. The code was not sent there.</source>
        <translation>El inicio de sesión indicó el servidor de cuentas %1, que no es un servidor de cuentas de Zoho en el que PatchDeck confíe. El código no se envió allí.</translation>
    </message>
    <message>
        <source>Zoho issued no refresh token, so the session would end within an hour. Revoke PatchDeck's earlier access in your Zoho account (Connected Apps) and sign in again.</source>
        <translation>Zoho no emitió ningún token de actualización, así que la sesión terminaría en menos de una hora. Revoque el acceso anterior de PatchDeck en su cuenta de Zoho (Connected Apps) y vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::CallbackRequest</name>
    <message>
        <source>not an HTTP request</source>
        <translation>no es una solicitud HTTP</translation>
    </message>
    <message>
        <source>unexpected Host header</source>
        <translation>encabezado Host inesperado</translation>
    </message>
    <message>
        <source>not a GET request for a local path</source>
        <translation>no es una solicitud GET de una ruta local</translation>
    </message>
    <message>
        <source>the state does not match this sign-in attempt</source>
        <translation>el state no coincide con este intento de inicio de sesión</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>sin state</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
</context>
<context>
    <name>pmp::auth::DataCentre</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
</context>
<context>
    <name>pmp::auth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, so the redirect from the browser cannot be received. Close the program using it, or register another port.</source>
        <translation>El puerto %1 de 127.0.0.1 ya está en uso, así que no se puede recibir la redirección del navegador. Cierre el programa que lo usa o registre otro puerto.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>No se puede escuchar en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>solicitud demasiado grande</translation>
    </message>
    <message>
        <source>sign-in already completed</source>
        <translation>inicio de sesión ya completado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>%1 received the sign-in. You can close this tab and return to %1.</source>
        <translation>%1 recibió el inicio de sesión. Puede cerrar esta pestaña y volver a %1.</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>Acceso no concedido</translation>
    </message>
    <message>
        <source>You declined the access request, so %1 is not signed in. You can close this tab; %1 explains what to do next.</source>
        <translation>Rechazó la solicitud de acceso, así que %1 no ha iniciado sesión. Puede cerrar esta pestaña; %1 explica qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>The sign-in ended with the error "%1". You can close this tab and return to %2.</source>
        <translation>El inicio de sesión terminó con el error «%1». Puede cerrar esta pestaña y volver a %2.</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in %1 is waiting for (the state does not match), so it was ignored. Start the sign-in again from %1 if needed.</source>
        <translation>Esta respuesta no pertenece al inicio de sesión que espera %1 (el state no coincide), así que se ignoró. Vuelva a iniciar sesión desde %1 si es necesario.</translation>
    </message>
    <message>
        <source>This sign-in was already completed. You can close this tab.</source>
        <translation>Este inicio de sesión ya se completó. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response for %1.</source>
        <translation>Esta dirección solo recibe la respuesta de inicio de sesión para %1.</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>No es una respuesta de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>pmp::auth::NetworkSettings</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER expected).</source>
        <translation>El archivo %1 no contiene ningún certificado (se esperaba PEM o DER).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OAuthAuthenticator</name>
    <message>
        <source>The sign-in of "%1" names the accounts server %2, which is not a Zoho accounts server PatchDeck trusts, so its tokens were not sent there. Sign in again.</source>
        <translation>El inicio de sesión de «%1» indica el servidor de cuentas %2, que no es un servidor de cuentas de Zoho en el que PatchDeck confíe, así que sus tokens no se enviaron allí. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The session of "%1" has ended: Zoho no longer accepts its sign-in (it was revoked, or the client changed). Sign in again.</source>
        <translation>La sesión de «%1» ha terminado: Zoho ya no acepta su inicio de sesión (se revocó o cambió el cliente). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Zoho's limit on new access tokens is reached; PatchDeck will try again at %1.</source>
        <translation>Se alcanzó el límite de Zoho de nuevos tokens de acceso; PatchDeck volverá a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>The session could not be renewed; PatchDeck will try again at %1.</source>
        <translation>No se pudo renovar la sesión; PatchDeck volverá a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>Zoho allows %1 new access tokens per %2 minutes for one sign-in, and that limit is reached. PatchDeck will try again at %3.</source>
        <translation>Zoho permite %1 nuevos tokens de acceso cada %2 minutos por inicio de sesión, y se ha alcanzado ese límite. PatchDeck volverá a intentarlo a las %3.</translation>
    </message>
    <message>
        <source>Could not renew the session with %1 (%2). PatchDeck will try again at %3.</source>
        <translation>No se pudo renovar la sesión con %1 (%2). PatchDeck volverá a intentarlo a las %3.</translation>
    </message>
    <message>
        <source>This profile signs in with a Self Client code, which cannot be extended from here. Generate a new code in the API console with these scopes added, and sign in again: %1</source>
        <translation>Este perfil inicia sesión con un código de Self Client, que no se puede ampliar desde aquí. Genere un nuevo código en la consola de API con estos scopes añadidos y vuelva a iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The additional permission was not granted in the browser, so the action was not sent.</source>
        <translation>No se concedió el permiso adicional en el navegador, así que la acción no se envió.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OnPremisesSignIn</name>
    <message>
        <source>Enter the server's address, for example https://patch.example.com:8383.</source>
        <translation>Escriba la dirección del servidor, por ejemplo https://patch.example.com:8383.</translation>
    </message>
    <message>
        <source>PatchDeck sends the API token only over https (plain http only to 127.0.0.1). Use the server's https port (8383 by default).</source>
        <translation>PatchDeck envía el token de API solo por https (http simple solo a 127.0.0.1). Use el puerto https del servidor (8383 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Paste the API token created on the server (Admin → Integrations → API Key Management).</source>
        <translation>Pegue el token de API creado en el servidor (Admin → Integrations → API Key Management).</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Sin acceso a la red.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not accept this API token. Check it on the server (Admin → Integrations → API Key Management) and paste it again.</source>
        <translation>%1 no aceptó este token de API. Compruébelo en el servidor (Admin → Integrations → API Key Management) y vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Patch Manager Plus server would: %2</source>
        <translation>%1 respondió, pero no como lo haría un servidor de Patch Manager Plus: %2</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SelfClientSignIn</name>
    <message>
        <source>Enter the Self Client's client id (API console → Self Client → Client Secret tab).</source>
        <translation>Escriba el ID de cliente del Self Client (consola de API → Self Client → pestaña Client Secret).</translation>
    </message>
    <message>
        <source>Enter the Self Client's client secret (API console → Self Client → Client Secret tab).</source>
        <translation>Escriba el secreto de cliente del Self Client (consola de API → Self Client → pestaña Client Secret).</translation>
    </message>
    <message>
        <source>Paste the code generated in the API console (Self Client → Generate Code).</source>
        <translation>Pegue el código generado en la consola de API (Self Client → Generate Code).</translation>
    </message>
    <message>
        <source>The code contains spaces; paste only the code itself.</source>
        <translation>El código contiene espacios; pegue solo el propio código.</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>El servidor de cuentas debe ser una dirección https (http simple solo para 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SessionManager</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Este perfil ya no existe.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the sign-in of "%1" cannot be read: %2</source>
        <translation>El llavero no está disponible, así que no se puede leer el inicio de sesión de «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" kept its sign-in for one session only. Sign in again.</source>
        <translation>«%1» conservó su inicio de sesión solo durante una sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>"%1" is not signed in. Sign in to continue.</source>
        <translation>«%1» no ha iniciado sesión. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it works until PatchDeck closes.</source>
        <translation>No se pudo guardar el inicio de sesión renovado en el llavero (%1); funciona hasta que se cierre PatchDeck.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignInError</name>
    <message>
        <source>This code has expired or was already used. A Self Client code works once, and only for the time chosen when it was generated. Generate a new code in the API console (Self Client → Generate Code) and paste it here right away.</source>
        <translation>Este código ha caducado o ya se usó. Un código de Self Client funciona una vez, y solo durante el tiempo elegido al generarlo. Genere un nuevo código en la consola de API (Self Client → Generate Code) y péguelo aquí enseguida.</translation>
    </message>
    <message>
        <source>The sign-in code expired or was already used before PatchDeck could exchange it (Zoho codes are valid for about two minutes, once). Sign in again.</source>
        <translation>El código de inicio de sesión caducó o ya se usó antes de que PatchDeck pudiera canjearlo (los códigos de Zoho valen una vez durante unos dos minutos). Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Zoho did not accept the client id or client secret. Copy both again from the API console's Client Secret tab, and check that the client was created in this data centre (or has multi-DC enabled).</source>
        <translation>Zoho no aceptó el ID de cliente o el secreto de cliente. Vuelva a copiar ambos de la pestaña Client Secret de la consola de API y compruebe que el cliente se creó en este centro de datos (o que tiene multi-DC activado).</translation>
    </message>
    <message>
        <source>The redirect URI registered for this client differs from the one PatchDeck uses. Register exactly the URI shown in the help, including the port.</source>
        <translation>El URI de redirección registrado para este cliente difiere del que usa PatchDeck. Registre exactamente el URI que se muestra en la ayuda, incluido el puerto.</translation>
    </message>
    <message>
        <source>Zoho refused to issue more tokens for now (too many requests). Wait ten minutes and try again.</source>
        <translation>Zoho se niega a emitir más tokens por ahora (demasiadas solicitudes). Espere diez minutos y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignOut</name>
    <message>
        <source>%1 is not a Zoho accounts server PatchDeck trusts, so the token was not sent there</source>
        <translation>%1 no es un servidor de cuentas de Zoho en el que PatchDeck confíe, así que el token no se envió allí</translation>
    </message>
    <message>
        <source>Signed out of "%1". Its tokens were removed from this computer.</source>
        <translation>Sesión cerrada en «%1». Sus tokens se quitaron de este equipo.</translation>
    </message>
    <message>
        <source>Signed out of "%1" on this computer, but Zoho could not be told (%2). To be sure, remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Sesión cerrada en «%1» en este equipo, pero no se pudo avisar a Zoho (%2). Para asegurarse, quite PatchDeck en Connected Apps de su cuenta de Zoho.</translation>
    </message>
    <message>
        <source>Signed out of "%1".</source>
        <translation>Sesión cerrada en «%1».</translation>
    </message>
    <message>
        <source>Signed out of "%1": PatchDeck no longer holds its tokens in memory, but did not remove them from the keychain. %2 Any copy stored there stays; to remove it, delete the entry "%3" of "%4" with your keychain's manager.</source>
        <translation>Sesión cerrada en «%1»: PatchDeck ya no guarda sus tokens en memoria, pero no los quitó del llavero. %2 Cualquier copia guardada allí permanece; para quitarla, elimine la entrada «%3» de «%4» con el administrador del llavero.</translation>
    </message>
    <message>
        <source>Zoho revoked the sign-in, so such a copy no longer works.</source>
        <translation>Zoho revocó el inicio de sesión, así que esa copia ya no funciona.</translation>
    </message>
    <message>
        <source>Zoho could not be told either (%1): remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Tampoco se pudo avisar a Zoho (%1): quite PatchDeck en Connected Apps de su cuenta de Zoho.</translation>
    </message>
    <message>
        <source>Zoho was not told to revoke the sign-in (PatchDeck had no token to send): remove PatchDeck under Connected Apps in your Zoho account to end it.</source>
        <translation>No se pidió a Zoho que revocara el inicio de sesión (PatchDeck no tenía ningún token que enviar): quite PatchDeck en Connected Apps de su cuenta de Zoho para terminarlo.</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TlsFailure</name>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>Se rechazó la conexión segura con %1: %2.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>Válido: del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Errores:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation>Certificado del emisor %1:</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenEndpoint</name>
    <message>
        <source>Refusing to send sign-in secrets to %1: the accounts server must use https.</source>
        <translation>No se enviarán secretos de inicio de sesión a %1: el servidor de cuentas debe usar https.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Sin acceso a la red.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo contactar con %1: %2</translation>
    </message>
    <message>
        <source>The accounts server refused to issue more tokens for now (too many requests).</source>
        <translation>El servidor de cuentas se niega a emitir más tokens por ahora (demasiadas solicitudes).</translation>
    </message>
    <message>
        <source>The code or token is no longer valid (it expired, was already used, or was revoked).</source>
        <translation>El código o el token ya no es válido (caducó, ya se usó o se revocó).</translation>
    </message>
    <message>
        <source>The client id or client secret was not accepted. Check them in the API console, and that the client belongs to this data centre (or has multi-DC enabled).</source>
        <translation>No se aceptó el ID de cliente o el secreto de cliente. Compruébelos en la consola de API, y que el cliente pertenece a este centro de datos (o tiene multi-DC activado).</translation>
    </message>
    <message>
        <source>The redirect URI does not match the one registered for this client.</source>
        <translation>El URI de redirección no coincide con el registrado para este cliente.</translation>
    </message>
    <message>
        <source>The accounts server answered "%1".</source>
        <translation>El servidor de cuentas respondió «%1».</translation>
    </message>
    <message>
        <source>The accounts server answered "%1": %2</source>
        <translation>El servidor de cuentas respondió «%1»: %2</translation>
    </message>
    <message>
        <source>The accounts server sent an unexpected answer (HTTP %1).</source>
        <translation>El servidor de cuentas envió una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <source>The accounts server's answer contains no access token (HTTP %1).</source>
        <translation>La respuesta del servidor de cuentas no contiene ningún token de acceso (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenStore</name>
    <message>
        <source>No keychain service is available on this computer (%1).</source>
        <translation>No hay ningún servicio de llavero disponible en este equipo (%1).</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked.</source>
        <translation>El llavero denegó el acceso (%1). Puede que esté bloqueado.</translation>
    </message>
    <message>
        <source>This system has no supported keychain.</source>
        <translation>Este sistema no tiene un llavero compatible.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>El llavero notificó un error: %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keychain (Secret Service) can be reached.</source>
        <translation>No hay bus de sesión D-Bus, así que no se puede acceder a ningún llavero (Secret Service).</translation>
    </message>
    <message>
        <source>The D-Bus session bus does not answer.</source>
        <translation>El bus de sesión D-Bus no responde.</translation>
    </message>
    <message>
        <source>No Secret Service (org.freedesktop.secrets) and no KWallet is running on the D-Bus session bus. Install and start GNOME Keyring or KWallet to keep tokens between sessions.</source>
        <translation>No hay ningún Secret Service (org.freedesktop.secrets) ni KWallet en ejecución en el bus de sesión D-Bus. Instale e inicie GNOME Keyring o KWallet para conservar los tokens entre sesiones.</translation>
    </message>
    <message>
        <source>No tokens are kept for this profile in this session.</source>
        <translation>No se conservan tokens para este perfil en esta sesión.</translation>
    </message>
    <message>
        <source>The keychain entry for this profile is damaged; sign in again.</source>
        <translation>La entrada del llavero de este perfil está dañada; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This session keeps its sign-in in memory only, so PatchDeck did not touch the keychain.</source>
        <translation>Esta sesión guarda su inicio de sesión solo en memoria, así que PatchDeck no tocó el llavero.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for its password, or its service may not be running.</source>
        <translation>El llavero no respondió en %1 s. Puede que esté bloqueado esperando su contraseña, o que su servicio no esté en ejecución.</translation>
    </message>
    <message>
        <source>No tokens are stored for this profile.</source>
        <translation>No hay tokens guardados para este perfil.</translation>
    </message>
</context>
<context>
    <name>pmp::models</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>pmp::models::CodeTable</name>
    <message>
        <source>Unrated</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Muy vulnerable</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Sin analizar</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Pendiente de instalar</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Desinstalado</translation>
    </message>
    <message>
        <source>Yet to uninstall</source>
        <translation>Pendiente de desinstalar</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>Error de instalación</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>Error de desinstalación</translation>
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
        <translation>Administrado</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>No administrado</translation>
    </message>
    <message>
        <source>Managed by SDP</source>
        <translation>Administrado por SDP</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Yet to download</source>
        <translation>Pendiente de descargar</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Necesario</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No compatible</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Compatible</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Implementar</translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation>Portal de autoservicio</translation>
    </message>
    <message>
        <source>Deploy and self-service portal</source>
        <translation>Implementar y portal de autoservicio</translation>
    </message>
</context>
<context>
    <name>pmp::models::Columns</name>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>Oficina remota</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>Estado en vivo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>Versión del agente</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Logged-on users</source>
        <translation>Usuarios con sesión</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>Service pack</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versión del SO</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Administrado</translation>
    </message>
    <message>
        <source>Agent installed</source>
        <translation>Agente instalado</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>Último arranque</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>ID de recurso</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Distribution server</source>
        <translation>Servidor de distribución</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>IP del servidor</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Versión del servidor</translation>
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
        <translation>Directiva de replicación</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Servidor proxy</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Office ID</source>
        <translation>ID de oficina</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Missing OS patches</source>
        <translation>Parches del SO que faltan</translation>
    </message>
    <message>
        <source>Missing third-party</source>
        <translation>De terceros que faltan</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último análisis</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>Último parcheo</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>Reinicio necesario</translation>
    </message>
    <message>
        <source>Installed OS patches</source>
        <translation>Parches del SO instalados</translation>
    </message>
    <message>
        <source>Installed third-party</source>
        <translation>De terceros instalados</translation>
    </message>
    <message>
        <source>Last successful scan</source>
        <translation>Último análisis correcto</translation>
    </message>
    <message>
        <source>Scan remarks</source>
        <translation>Comentarios del análisis</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Direcciones MAC</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Missing on</source>
        <translation>Falta en</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado en</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>Falló en</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Desinstalación</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Reemplazado por</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>Compatible desde</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>ID de parche</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Estado de la descarga</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Directiva</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>ID de plantilla</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>Pendiente de aplicar</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>ID de configuración</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
</context>
<context>
    <name>pmp::models::Nouns</name>
    <message>
        <source>computers</source>
        <translation>equipos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s)</source>
        <translation>
            <numerusform>%Ln equipo</numerusform>
            <numerusform>%Ln equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>remote offices</source>
        <translation>oficinas remotas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln remote office(s)</source>
        <translation>
            <numerusform>%Ln oficina remota</numerusform>
            <numerusform>%Ln oficinas remotas</numerusform>
        </translation>
    </message>
    <message>
        <source>systems</source>
        <translation>sistemas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln sistema</numerusform>
            <numerusform>%Ln sistemas</numerusform>
        </translation>
    </message>
    <message>
        <source>patches</source>
        <translation>parches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch(es)</source>
        <translation>
            <numerusform>%Ln parche</numerusform>
            <numerusform>%Ln parches</numerusform>
        </translation>
    </message>
    <message>
        <source>patch statuses</source>
        <translation>estados de parches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch status(es)</source>
        <translation>
            <numerusform>%Ln estado de parche</numerusform>
            <numerusform>%Ln estados de parches</numerusform>
        </translation>
    </message>
    <message>
        <source>policies</source>
        <translation>directivas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(-ies)</source>
        <translation>
            <numerusform>%Ln directiva</numerusform>
            <numerusform>%Ln directivas</numerusform>
        </translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>configuraciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln configuración</numerusform>
            <numerusform>%Ln configuraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::models::RecordTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>%1
Server value: %2</source>
        <translation>%1
Valor del servidor: %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Server field: %1</source>
        <translation>Campo del servidor: %1</translation>
    </message>
    <message>
        <source>Changed since %1
Before: %2
Now: %3</source>
        <translation>Cambiado desde %1
Antes: %2
Ahora: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>pmp::models::Views</name>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Systems and health</source>
        <translation>Sistemas y estado</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Oficinas remotas</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Estado de los sistemas</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Estado del análisis</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Parches que faltan</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Parches instalados</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Parches aplicables</translation>
    </message>
    <message>
        <source>Supported patches</source>
        <translation>Parches compatibles</translation>
    </message>
    <message>
        <source>Downloaded patches</source>
        <translation>Parches descargados</translation>
    </message>
    <message>
        <source>Patch status by computer</source>
        <translation>Estado de parches por equipo</translation>
    </message>
    <message>
        <source>Deployment policies</source>
        <translation>Directivas de implementación</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configuraciones</translation>
    </message>
    <message>
        <source>System report</source>
        <translation>Informe del sistema</translation>
    </message>
    <message>
        <source>Patches by CVE</source>
        <translation>Parches por CVE</translation>
    </message>
    <message>
        <source>Failures and reboots</source>
        <translation>Errores y reinicios</translation>
    </message>
</context>
<context>
    <name>pmp::store::ActionJournal</name>
    <message>
        <source>PatchDeck stopped before the server's answer arrived. Check on the server whether this action took effect.</source>
        <translation>PatchDeck se detuvo antes de que llegara la respuesta del servidor. Compruebe en el servidor si esta acción surtió efecto.</translation>
    </message>
</context>
<context>
    <name>pmp::store::ApdTask</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>pmp::store::Database</name>
    <message>
        <source>PatchDeck could not create its local cache (%1), so nothing is cached this session.</source>
        <translation>PatchDeck no pudo crear su caché local (%1), así que no se almacena nada en caché en esta sesión.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>No se pudo crear la caché local en %1. PatchDeck guarda los datos de esta sesión solo en memoria.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be opened. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>No se pudo abrir la caché local en %1. PatchDeck guarda los datos de esta sesión solo en memoria y no toca el archivo.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and could not be moved aside. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>No se pudo leer ni apartar la caché local en %1. PatchDeck guarda los datos de esta sesión solo en memoria y no toca el archivo.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2, but a new cache could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>No se pudo leer la caché local en %1 y se movió a %2, pero no se pudo crear una caché nueva. PatchDeck guarda los datos de esta sesión solo en memoria.</translation>
    </message>
    <message>
        <source>The file at %1 is not a PatchDeck cache and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>El archivo en %1 no es una caché de PatchDeck y se movió a %2; PatchDeck empieza con una caché vacía.</translation>
    </message>
    <message>
        <source>The local cache at %1 was written by a newer version of PatchDeck and was moved aside to %2 rather than downgraded; PatchDeck starts with an empty cache.</source>
        <translation>La caché local en %1 la escribió una versión más reciente de PatchDeck y se movió a %2 en lugar de degradarla; PatchDeck empieza con una caché vacía.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be upgraded to this version of PatchDeck and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>La caché local en %1 no se pudo actualizar a esta versión de PatchDeck y se movió a %2; PatchDeck empieza con una caché vacía.</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>No se pudo leer la caché local en %1 y se movió a %2; PatchDeck empieza con una caché vacía.</translation>
    </message>
</context>
<context>
    <name>pmp::store::JournalEntry</name>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
</context>
<context>
    <name>pmp::store::SavedView</name>
    <message>
        <source>This is not a PatchDeck saved view (its "format" is not "%1").</source>
        <translation>Esto no es una vista guardada de PatchDeck (su «format» no es «%1»).</translation>
    </message>
    <message>
        <source>This saved view has version %1; this PatchDeck reads version %2.</source>
        <translation>Esta vista guardada tiene la versión %1; este PatchDeck lee la versión %2.</translation>
    </message>
    <message>
        <source>The saved view has no name.</source>
        <translation>La vista guardada no tiene nombre.</translation>
    </message>
    <message>
        <source>The saved view "%1" names no view.</source>
        <translation>La vista guardada «%1» no indica ninguna vista.</translation>
    </message>
    <message>
        <source>The saved view "%1" is of the view "%2", which this PatchDeck does not have.</source>
        <translation>La vista guardada «%1» es de la vista «%2», que este PatchDeck no tiene.</translation>
    </message>
    <message>
        <source>The saved view "%1" has filters that are not an object.</source>
        <translation>La vista guardada «%1» tiene filtros que no son un objeto.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a filter "%2" whose value is not text.</source>
        <translation>La vista guardada «%1» tiene un filtro «%2» cuyo valor no es texto.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a search that is not text.</source>
        <translation>La vista guardada «%1» tiene una búsqueda que no es texto.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort column that is not a column number.</source>
        <translation>La vista guardada «%1» tiene una columna de orden que no es un número de columna.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort order "%2"; it must be ascending or descending.</source>
        <translation>La vista guardada «%1» tiene el orden «%2»; debe ser ascending o descending.</translation>
    </message>
    <message>
        <source>The saved view "%1" has a column layout that is not text.</source>
        <translation>La vista guardada «%1» tiene una disposición de columnas que no es texto.</translation>
    </message>
    <message>
        <source>This is not a PatchDeck saved view: it is not a JSON object (%1).</source>
        <translation>Esto no es una vista guardada de PatchDeck: no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
</context>
<context>
    <name>pmp::store::SummaryMetric</name>
    <message>
        <source>Missing critical patches</source>
        <translation>Parches críticos que faltan</translation>
    </message>
    <message>
        <source>Missing important patches</source>
        <translation>Parches importantes que faltan</translation>
    </message>
    <message>
        <source>Missing moderate patches</source>
        <translation>Parches moderados que faltan</translation>
    </message>
    <message>
        <source>Missing low patches</source>
        <translation>Parches bajos que faltan</translation>
    </message>
    <message>
        <source>Missing unrated patches</source>
        <translation>Parches sin clasificar que faltan</translation>
    </message>
    <message>
        <source>Missing patches (all severities)</source>
        <translation>Parches que faltan (todas las gravedades)</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Parches que faltan</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Parches instalados</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Parches aplicables</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Sistemas muy vulnerables</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>Sistemas vulnerables</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>Sistemas correctos</translation>
    </message>
    <message>
        <source>Systems with unknown health</source>
        <translation>Sistemas con estado desconocido</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Unscanned systems</source>
        <translation>Sistemas sin analizar</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>Análisis con error</translation>
    </message>
    <message>
        <source>Agents live</source>
        <translation>Agentes activos</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>Agentes inactivos</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agents installed</source>
        <translation>Agentes instalados</translation>
    </message>
    <message>
        <source>No contact for over 30 days</source>
        <translation>Sin contacto desde hace más de 30 días</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>Sistemas con implementaciones fallidas</translation>
    </message>
</context>
<context>
    <name>pmp::store::Workspace</name>
    <message>
        <source>Another PatchDeck (process %1) has this profile open. This window works too, but writes still in progress there are left alone here: check the action journal in the other window.</source>
        <translation>Otro PatchDeck (proceso %1) tiene abierto este perfil. Esta ventana también funciona, pero las escrituras aún en curso allí no se tocan aquí: consulte el registro de acciones en la otra ventana.</translation>
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
        <translation>Añadir una tarea existente</translation>
    </message>
    <message>
        <source>The task's name, exactly as the web console shows it:</source>
        <translation>El nombre de la tarea, exactamente como lo muestra la consola web:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>select patches first</source>
        <translation>seleccione primero parches</translation>
    </message>
    <message>
        <source>select computers first</source>
        <translation>seleccione primero equipos</translation>
    </message>
    <message>
        <source>Install selected patches…</source>
        <translation>Instalar los parches seleccionados…</translation>
    </message>
    <message>
        <source>Install the selected patch on the selected computers…</source>
        <translation>Instalar el parche seleccionado en los equipos seleccionados…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es) on the selected computers…</source>
        <translation>
            <numerusform>Instalar el %n parche seleccionado en los equipos seleccionados…</numerusform>
            <numerusform>Instalar los %n parches seleccionados en los equipos seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the selected patch…</source>
        <translation>Instalar el parche seleccionado…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es)…</source>
        <translation>
            <numerusform>Instalar el %n parche seleccionado…</numerusform>
            <numerusform>Instalar los %n parches seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>Aprobar parches</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es)</source>
        <translation>
            <numerusform>Aprobar %n parche</numerusform>
            <numerusform>Aprobar %n parches</numerusform>
        </translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>Retirar la aprobación de parches</translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es)</source>
        <translation>
            <numerusform>Retirar la aprobación de %n parche</numerusform>
            <numerusform>Retirar la aprobación de %n parches</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline patches…</source>
        <translation>Rechazar parches…</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es)…</source>
        <translation>
            <numerusform>Rechazar %n parche…</numerusform>
            <numerusform>Rechazar %n parches…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall patches from all computers…</source>
        <translation>Desinstalar parches de todos los equipos…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall %n patch(es) from all computers…</source>
        <translation>
            <numerusform>Desinstalar %n parche de todos los equipos…</numerusform>
            <numerusform>Desinstalar %n parches de todos los equipos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install missing patches on computers…</source>
        <translation>Instalar los parches que faltan en equipos…</translation>
    </message>
    <message numerus="yes">
        <source>Install missing patches on %n computer(s)…</source>
        <translation>
            <numerusform>Instalar los parches que faltan en %n equipo…</numerusform>
            <numerusform>Instalar los parches que faltan en %n equipos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan computers for missing patches</source>
        <translation>Analizar equipos en busca de parches que faltan</translation>
    </message>
    <message numerus="yes">
        <source>Scan %n computer(s) for missing patches</source>
        <translation>
            <numerusform>Analizar %n equipo en busca de parches que faltan</numerusform>
            <numerusform>Analizar %n equipos en busca de parches que faltan</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the agent</source>
        <translation>Instalar el agente</translation>
    </message>
    <message numerus="yes">
        <source>Install the agent on %n computer(s)</source>
        <translation>
            <numerusform>Instalar el agente en %n equipo</numerusform>
            <numerusform>Instalar el agente en %n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall the agent…</source>
        <translation>Desinstalar el agente…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall the agent from %n computer(s)…</source>
        <translation>
            <numerusform>Desinstalar el agente de %n equipo…</numerusform>
            <numerusform>Desinstalar el agente de %n equipos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove computers from Patch Manager Plus…</source>
        <translation>Quitar equipos de Patch Manager Plus…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n computer(s) from Patch Manager Plus…</source>
        <translation>
            <numerusform>Quitar %n equipo de Patch Manager Plus…</numerusform>
            <numerusform>Quitar %n equipos de Patch Manager Plus…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>Seleccione equipos o parches en una lista para actuar sobre ellos</translation>
    </message>
    <message>
        <source>Install patches…</source>
        <translation>Instalar parches…</translation>
    </message>
    <message>
        <source>Scan all computers…</source>
        <translation>Analizar todos los equipos…</translation>
    </message>
    <message>
        <source>New automatic deployment task…</source>
        <translation>Nueva tarea de implementación automática…</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Tareas de implementación automática</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>Registro de acciones</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionFormDialog</name>
    <message>
        <source>Review…</source>
        <translation>Revisar…</translation>
    </message>
    <message>
        <source>Check the fields and show exactly what will be sent before anything is sent.</source>
        <translation>Comprobar los campos y mostrar exactamente qué se enviará antes de enviar nada.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AgentSection</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>Instalación del agente</translation>
    </message>
    <message>
        <source>Agent live status</source>
        <translation>Estado en vivo de los agentes</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>Last contact with the server</source>
        <translation>Último contacto con el servidor</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>Pendiente de instalar</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Desinstalado</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>Error de instalación</translation>
    </message>
    <message>
        <source>Installation failed: %1</source>
        <translation>Error de instalación: %1</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>Error de desinstalación</translation>
    </message>
    <message>
        <source>Uninstallation failed: %1</source>
        <translation>Error de desinstalación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>≤ 3 days</source>
        <translation>≤ 3 días</translation>
    </message>
    <message>
        <source>Contacted the server in the last 3 days: %1</source>
        <translation>Contactaron con el servidor en los últimos 3 días: %1</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4–7 días</translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation>8–15 días</translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation>16–30 días</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 días</translation>
    </message>
    <message>
        <source>No contact for more than 30 days: %1</source>
        <translation>Sin contacto desde hace más de 30 días: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTaskDialog</name>
    <message>
        <source>Patch all applications</source>
        <translation>Aplicar parches a todas las aplicaciones</translation>
    </message>
    <message>
        <source>Patch only these applications</source>
        <translation>Aplicar parches solo a estas aplicaciones</translation>
    </message>
    <message>
        <source>Patch all applications except these</source>
        <translation>Aplicar parches a todas las aplicaciones excepto estas</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Change automatic deployment task “%1”</source>
        <translation>Modificar la tarea de implementación automática «%1»</translation>
    </message>
    <message>
        <source>New automatic deployment task</source>
        <translation>Nueva tarea de implementación automática</translation>
    </message>
    <message>
        <source>PatchDeck does not know this task's settings (the API cannot read them). Change only what you want to change: only the settings you edit are sent.</source>
        <translation>PatchDeck no conoce los ajustes de esta tarea (la API no puede leerlos). Cambie solo lo que quiera cambiar: solo se envían los ajustes que edite.</translation>
    </message>
    <message>
        <source>Only the settings you change are sent; the rest stay as they are on the server.</source>
        <translation>Solo se envían los ajustes que cambie; el resto se queda como está en el servidor.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Act&amp;ualizaciones</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>A&amp;plicaciones</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>P&amp;rogramación</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>e.g. Windows security – pilot ring</source>
        <translation>p. ej. Seguridad de Windows – grupo piloto</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>&amp;Nombre de la tarea:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>Directiva de &amp;implementación:</translation>
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
        <translation>Pla&amp;taforma:</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Oficinas remotas</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Grupos personalizados</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Target &amp;type:</source>
        <translation>Tipo de &amp;destino:</translation>
    </message>
    <message>
        <source>Other targets by name, comma-separated</source>
        <translation>Otros destinos por nombre, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>Dest&amp;inos:</translation>
    </message>
    <message>
        <source>Which updates the task deploys. Types that do not exist on the chosen platform are unavailable.</source>
        <translation>Qué actualizaciones implementa la tarea. Los tipos que no existen en la plataforma elegida no están disponibles.</translation>
    </message>
    <message>
        <source>&amp;OS applications:</source>
        <translation>Aplicaciones del &amp;sistema:</translation>
    </message>
    <message>
        <source>e.g. Windows Defender x64 (comma-separated)</source>
        <translation>p. ej. Windows Defender x64 (separadas por comas)</translation>
    </message>
    <message>
        <source>Third-&amp;party applications:</source>
        <translation>Aplicaciones de &amp;terceros:</translation>
    </message>
    <message>
        <source>e.g. Notepad++, 7-Zip (comma-separated)</source>
        <translation>p. ej. Notepad++, 7-Zip (separadas por comas)</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>Sin retraso</translation>
    </message>
    <message>
        <source>Delay after the patch is approved</source>
        <translation>Retraso tras la aprobación del parche</translation>
    </message>
    <message>
        <source>Delay after the patch is released</source>
        <translation>Retraso tras la publicación del parche</translation>
    </message>
    <message>
        <source>The guide does not say whether the server counts hours or days.</source>
        <translation>La guía no indica si el servidor cuenta horas o días.</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>Re&amp;traso:</translation>
    </message>
    <message>
        <source>Task expires on</source>
        <translation>La tarea caduca el</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>Ca&amp;ducidad:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Force deployment on computers still unpatched after a number of days</source>
        <translation>Forzar la implementación en equipos aún sin parchear tras un número de días</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Tras:</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>No forzar el reinicio</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>Forzar el reinicio dentro de la ventana de implementación</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>Forzar el reinicio fuera de la ventana de implementación</translation>
    </message>
    <message>
        <source>Reboot:</source>
        <translation>Reinicio:</translation>
    </message>
    <message>
        <source>admin@example.com (several: comma-separated)</source>
        <translation>admin@example.com (varias: separadas por comas)</translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation>&amp;Correo a:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>Attach the report</source>
        <translation>Adjuntar el informe</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Failure notifications</source>
        <translation>Notificaciones de error</translation>
    </message>
    <message>
        <source>E-mail when deployments fail</source>
        <translation>Enviar un correo cuando fallen implementaciones</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>Informe de implementación</translation>
    </message>
    <message>
        <source>E-mail a report of what was deployed</source>
        <translation>Enviar por correo un informe de lo implementado</translation>
    </message>
    <message>
        <source>Loading the server's names…</source>
        <translation>Cargando los nombres del servidor…</translation>
    </message>
    <message>
        <source>The server lists none; type names below.</source>
        <translation>El servidor no enumera ninguno; escriba los nombres abajo.</translation>
    </message>
    <message>
        <source>Task settings</source>
        <translation>Ajustes de la tarea</translation>
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
        <translation>Las tareas de implementación automática de parches implementan parches según una programación. La API no puede enumerarlas, así que esta página muestra las tareas creadas o modificadas desde este perfil, con su último estado conocido; añada por su nombre una tarea creada en la consola web para gestionarla aquí.</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nueva tarea…</translation>
    </message>
    <message>
        <source>Create a task (createAPDTask).</source>
        <translation>Crear una tarea (createAPDTask).</translation>
    </message>
    <message>
        <source>Add existing task…</source>
        <translation>Añadir una tarea existente…</translation>
    </message>
    <message>
        <source>Add a task that exists on the server by its exact name.</source>
        <translation>Añadir una tarea que existe en el servidor por su nombre exacto.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Change the task's settings (modifyAPDTask).</source>
        <translation>Modificar los ajustes de la tarea (modifyAPDTask).</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Stop the task from running until resumed.</source>
        <translation>Impedir que la tarea se ejecute hasta reanudarla.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Let a suspended task run again.</source>
        <translation>Dejar que una tarea suspendida vuelva a ejecutarse.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the task on the server.</source>
        <translation>Eliminar la tarea en el servidor.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Remove the task from this list only; nothing is sent to the server.</source>
        <translation>Quitar la tarea solo de esta lista; no se envía nada al servidor.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deployment policy</source>
        <translation>Directiva de implementación</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>No tasks yet. Create one, or add a task that exists on the server by its name.</source>
        <translation>Aún no hay tareas. Cree una o añada por su nombre una tarea que exista en el servidor.</translation>
    </message>
    <message>
        <source>Forget task</source>
        <translation>Olvidar la tarea</translation>
    </message>
    <message>
        <source>Remove “%1” from this list? The task stays on the server as it is.</source>
        <translation>¿Quitar «%1» de esta lista? La tarea se queda en el servidor tal como está.</translation>
    </message>
    <message>
        <source>PatchDeck has not seen this task's state: it was added by name, or the answer to the last change was lost.</source>
        <translation>PatchDeck no ha visto el estado de esta tarea: se añadió por su nombre, o se perdió la respuesta al último cambio.</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Tareas de implementación automática</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AutoRefresh</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Cada %1 minutos</translation>
    </message>
</context>
<context>
    <name>pmp::ui::BrowserSignInPage</name>
    <message>
        <source>Sign in on Zoho's page in your browser, with a client registered once in the API console. PatchDeck stays signed in for weeks and asks for write permission only when you first need it.</source>
        <translation>Inicie sesión en la página de Zoho en su navegador, con un cliente registrado una vez en la consola de API. PatchDeck mantiene la sesión durante semanas y solo pide permiso de escritura cuando lo necesite por primera vez.</translation>
    </message>
    <message>
        <source>Use a fixed &amp;port:</source>
        <translation>Usar un &amp;puerto fijo:</translation>
    </message>
    <message>
        <source>Zoho compares the redirect URI exactly, so the port registered in the API console must be the one PatchDeck listens on.</source>
        <translation>Zoho compara el URI de redirección de forma exacta, así que el puerto registrado en la consola de API debe ser aquel en el que escucha PatchDeck.</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Puerto de redirección</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>Redirección:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register</source>
        <translation>Copiar el URI de redirección que hay que registrar</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI de redirección:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:&lt;any free port&gt;/callback</source>
        <translation>http://127.0.0.1:&lt;cualquier puerto libre&gt;/callback</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChangesBar</name>
    <message>
        <source>Rows that were not in the previous fetch, shaded like this in the table</source>
        <translation>Filas que no estaban en la obtención anterior, sombreadas así en la tabla</translation>
    </message>
    <message>
        <source>Rows with cells that changed, shaded like this in the table; a changed cell's tooltip shows what it was</source>
        <translation>Filas con celdas cambiadas, sombreadas así en la tabla; la información sobre herramientas de una celda cambiada muestra el valor anterior</translation>
    </message>
    <message>
        <source>List the rows that are gone since the previous fetch</source>
        <translation>Listar las filas que ya no están desde la obtención anterior</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Solo cambios</translation>
    </message>
    <message>
        <source>Show only the new and changed rows</source>
        <translation>Mostrar solo las filas nuevas y cambiadas</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Cambios desde %1:</translation>
    </message>
    <message>
        <source>No changes since %1</source>
        <translation>Sin cambios desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nueva</numerusform>
            <numerusform>%Ln nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln cambiada</numerusform>
            <numerusform>%Ln cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed…</source>
        <translation>
            <numerusform>%Ln eliminada…</numerusform>
            <numerusform>%Ln eliminadas…</numerusform>
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
        <translation>Leyenda del gráfico</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 selected. %2</source>
        <translation>Selección: %1. %2</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChartText</name>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (was %3)</source>
        <translation>%1 %2 (antes %3)</translation>
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
        <translation>Filtrar…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrar la lista «%1»</translation>
    </message>
</context>
<context>
    <name>pmp::ui::CloudSignInFields</name>
    <message>
        <source>Custom server (simulator, test tenant, proxy)</source>
        <translation>Servidor personalizado (simulador, inquilino de prueba, proxy)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Where your Patch Manager Plus Cloud account lives: the address you use it at ends in this domain.</source>
        <translation>Dónde reside su cuenta de Patch Manager Plus Cloud: la dirección en la que la usa termina en este dominio.</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>Centro de &amp;datos:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>&amp;Accounts URL:</source>
        <translation>URL de &amp;cuentas:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>From the API console's Client Secret tab</source>
        <translation>De la pestaña Client Secret de la consola de API</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Use simulator client</source>
        <translation>Usar el cliente del simulador</translation>
    </message>
    <message>
        <source>Enter the server and accounts URLs (https; plain http only for 127.0.0.1).</source>
        <translation>Escriba las URL del servidor y de cuentas (https; http simple solo para 127.0.0.1).</translation>
    </message>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>Escriba el ID de cliente de la consola de API.</translation>
    </message>
    <message>
        <source>Enter the client secret from the API console.</source>
        <translation>Escriba el secreto de cliente de la consola de API.</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
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
        <translation>Seleccione un equipo para ver sus parches</translation>
    </message>
    <message>
        <source>%1 — patches</source>
        <translation>%1 — parches</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Health details unavailable: %1</source>
        <translation>Detalles del estado no disponibles: %1</translation>
    </message>
    <message>
        <source>No patch scan data for this computer yet.</source>
        <translation>Aún no hay datos de análisis de parches para este equipo.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no notificado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>missing: %1 critical, %2 important, %3 moderate, %4 low</source>
        <translation>faltan: %1 críticos, %2 importantes, %3 moderados, %4 bajos</translation>
    </message>
    <message>
        <source>reboot required: %1</source>
        <translation>reinicio necesario: %1</translation>
    </message>
    <message>
        <source>last scan: %1 (%2)</source>
        <translation>último análisis: %1 (%2)</translation>
    </message>
    <message>
        <source>agent %1, last contact %2</source>
        <translation>agente %1, último contacto %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>logged on: %1</source>
        <translation>sesión iniciada: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfigurationDetailPane</name>
    <message>
        <source>Select a configuration to see its targets</source>
        <translation>Seleccione una configuración para ver sus destinos</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>Pendiente de aplicar</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n target(s)</source>
        <translation>
            <numerusform>%1 — %2, %n destino</numerusform>
            <numerusform>%1 — %2, %n destinos</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets by status</source>
        <translation>Destinos por estado</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <source>Targets: every managed computer</source>
        <translation>Destinos: todos los equipos administrados</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>Destinos (%1):</translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation>Mostrar la solicitud exacta</translation>
    </message>
    <message>
        <source>Hide the exact request</source>
        <translation>Ocultar la solicitud exacta</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Escriba %1 para confirmar:</translation>
    </message>
    <message>
        <source>Show in journal</source>
        <translation>Mostrar en el registro</translation>
    </message>
    <message>
        <source>Type %1 above to enable this button.</source>
        <translation>Escriba %1 arriba para activar este botón.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>A request on its way cannot be called back.</source>
        <translation>Una solicitud en camino no se puede recuperar.</translation>
    </message>
    <message>
        <source>PatchDeck needs permission to make changes (%1). Approve it in the browser window that opened; nothing is sent until you do.</source>
        <translation>PatchDeck necesita permiso para realizar cambios (%1). Apruébelo en la ventana del navegador que se abrió; no se envía nada hasta que lo haga.</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>Enviando al servidor…</translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation>Solicitud exacta</translation>
    </message>
    <message>
        <source>Confirm: %1 — %2</source>
        <translation>Confirmar: %1 — %2</translation>
    </message>
    <message>
        <source>Acts on tenant:</source>
        <translation>Actúa sobre el inquilino:</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardCard</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 como tabla</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Como tabla</translation>
    </message>
    <message>
        <source>Show the chart's numbers as a table</source>
        <translation>Mostrar los números del gráfico en una tabla</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>No conectado a un servidor.</translation>
    </message>
    <message>
        <source>The server listed systems with failed deployments without saying how many there are.</source>
        <translation>El servidor enumeró sistemas con implementaciones fallidas sin indicar cuántos hay.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardParts</name>
    <message>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Could not load the patch summary: %1</source>
        <translation>No se pudo cargar el resumen de parches: %1</translation>
    </message>
    <message>
        <source>Could not load the agent summary: %1</source>
        <translation>No se pudo cargar el resumen de agentes: %1</translation>
    </message>
    <message>
        <source>Could not load the patch database status: %1</source>
        <translation>No se pudo cargar el estado de la base de datos de parches: %1</translation>
    </message>
    <message>
        <source>Could not load the approval settings: %1</source>
        <translation>No se pudieron cargar los ajustes de aprobación: %1</translation>
    </message>
    <message>
        <source>Could not load the health policy: %1</source>
        <translation>No se pudo cargar la directiva de estado: %1</translation>
    </message>
    <message>
        <source>Could not load the server's settings: %1</source>
        <translation>No se pudieron cargar los ajustes del servidor: %1</translation>
    </message>
    <message>
        <source>Could not count the systems with failed deployments: %1</source>
        <translation>No se pudieron contar los sistemas con implementaciones fallidas: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Fetch the summaries again (F5)</source>
        <translation>Volver a obtener los resúmenes (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <source>As of %1 · refreshing…</source>
        <translation>A fecha de %1 · actualizando…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DeclineDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>Rechazar parches</translation>
    </message>
    <message>
        <source>A declined patch is not deployed to the chosen groups (automatic deployment skips it too), and no longer counts as missing there. Give each patch a reason.</source>
        <translation>Un parche rechazado no se implementa en los grupos elegidos (la implementación automática también lo omite) y deja de contar como faltante en ellos. Indique un motivo para cada parche.</translation>
    </message>
    <message>
        <source>Remarks for every patch</source>
        <translation>Comentarios para cada parche</translation>
    </message>
    <message>
        <source>Apply to every patch</source>
        <translation>Aplicar a todos los parches</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>Para todos:</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Why it is declined</source>
        <translation>Por qué se rechaza</translation>
    </message>
    <message>
        <source>Decline for these custom groups</source>
        <translation>Rechazar para estos grupos personalizados</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <source>Read the custom groups and their ids from the query reports again.</source>
        <translation>Volver a leer los grupos personalizados y sus ID de los informes de consulta.</translation>
    </message>
    <message>
        <source>Group ids known from elsewhere, e.g. 501, 502</source>
        <translation>ID de grupos conocidos por otras vías, p. ej. 501, 502</translation>
    </message>
    <message>
        <source>Other group ids:</source>
        <translation>Otros ID de grupo:</translation>
    </message>
    <message>
        <source>Decline for all computers with the deprecated operation…</source>
        <translation>Rechazar para todos los equipos con la operación obsoleta…</translation>
    </message>
    <message>
        <source>Custom groups are not available.</source>
        <translation>Los grupos personalizados no están disponibles.</translation>
    </message>
    <message>
        <source>Reason for every patch</source>
        <translation>Motivo para cada parche</translation>
    </message>
    <message>
        <source>Patches to decline</source>
        <translation>Parches para rechazar</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Motivo para %1</translation>
    </message>
    <message>
        <source>Remarks for %1</source>
        <translation>Comentarios para %1</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Grupos personalizados</translation>
    </message>
    <message>
        <source>Other group ids</source>
        <translation>Otros ID de grupo</translation>
    </message>
</context>
<context>
    <name>pmp::ui::FilterBar</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Server filter %1</source>
        <translation>Filtro del servidor %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Server filter %1 — press Enter to apply</source>
        <translation>Filtro del servidor %1 — pulse Intro para aplicarlo</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>Más filtros (%1)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Menos filtros</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrar por %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::InstallPatchesDialog</name>
    <message>
        <source>Install patches</source>
        <translation>Instalar parches</translation>
    </message>
    <message>
        <source>What to install</source>
        <translation>Qué instalar</translation>
    </message>
    <message>
        <source>All missing patches</source>
        <translation>Todos los parches que faltan</translation>
    </message>
    <message>
        <source>These patches:</source>
        <translation>Estos parches:</translation>
    </message>
    <message>
        <source>Only patches that are approved</source>
        <translation>Solo parches aprobados</translation>
    </message>
    <message>
        <source>Sent as isOnlyApproved; applies only when installing all missing patches.</source>
        <translation>Se envía como isOnlyApproved; solo se aplica al instalar todos los parches que faltan.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Add patch IDs, e.g. 103980, 103981</source>
        <translation>Añadir ID de parches, p. ej. 103980, 103981</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Patch id %1</source>
        <translation>ID de parche %1</translation>
    </message>
    <message>
        <source>Where (one target set)</source>
        <translation>Dónde (un conjunto de destinos)</translation>
    </message>
    <message>
        <source>All computers that need the patches</source>
        <translation>Todos los equipos afectados</translation>
    </message>
    <message>
        <source>Selected computers (none selected)</source>
        <translation>Equipos seleccionados (ninguno)</translation>
    </message>
    <message>
        <source>The selected computer</source>
        <translation>El equipo seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected computer(s)</source>
        <translation>
            <numerusform>El %n equipo seleccionado</numerusform>
            <numerusform>Los %n equipos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Computers by name</source>
        <translation>Equipos por nombre</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>Grupos personalizados</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>Oficinas remotas</translation>
    </message>
    <message>
        <source>Every computer the chosen patches apply to. You will be asked to type ALL to confirm.</source>
        <translation>Todos los equipos a los que se aplican los parches elegidos. Se le pedirá que escriba ALL para confirmar.</translation>
    </message>
    <message>
        <source>win-1422, wind-144d</source>
        <translation>win-1422, wind-144d</translation>
    </message>
    <message>
        <source>Loading the server's custom groups…</source>
        <translation>Cargando los grupos personalizados del servidor…</translation>
    </message>
    <message>
        <source>10.0.0.12, 10.0.0.13</source>
        <translation>10.0.0.12, 10.0.0.13</translation>
    </message>
    <message>
        <source>Loading the server's remote offices…</source>
        <translation>Cargando las oficinas remotas del servidor…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>PatchDeck install %1</source>
        <translation>Instalación de PatchDeck %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>Opcional: motivo, número de incidencia…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Save as draft (nothing is deployed)</source>
        <translation>Guardar como borrador (no se implementa nada)</translation>
    </message>
    <message>
        <source>Deploy when each agent next contacts the server</source>
        <translation>Implementar cuando cada agente contacte de nuevo con el servidor</translation>
    </message>
    <message>
        <source>Deploy immediately</source>
        <translation>Implementar inmediatamente</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Deploy through the deployment policy</source>
        <translation>Implementar mediante la directiva de implementación</translation>
    </message>
    <message>
        <source>Publish in the Self Service Portal only</source>
        <translation>Publicar solo en el Self Service Portal</translation>
    </message>
    <message>
        <source>Deploy and publish in the Self Service Portal</source>
        <translation>Implementar y publicar en el Self Service Portal</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>&amp;Tipo de implementación:</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>Directiva de &amp;implementación:</translation>
    </message>
    <message>
        <source>As the deployment policy says</source>
        <translation>Según la directiva de implementación</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>No forzar el reinicio</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>Forzar el reinicio dentro de la ventana de implementación</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>Forzar el reinicio fuera de la ventana de implementación</translation>
    </message>
    <message>
        <source>Force &amp;reboot:</source>
        <translation>Forzar &amp;reinicio:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Install &amp;after:</source>
        <translation>Instalar &amp;después de:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Ca&amp;duca:</translation>
    </message>
    <message>
        <source>Unpatched computers are force-deployed at this time; at most one year ahead.</source>
        <translation>A esta hora se fuerza la implementación en los equipos sin parchear; como máximo con un año de antelación.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Set retry settings (otherwise the server's default: retries on)</source>
        <translation>Configurar reintentos (si no: los del servidor, activados)</translation>
    </message>
    <message>
        <source>Retry on targets where the deployment failed</source>
        <translation>Reintentar en los destinos donde falló la implementación</translation>
    </message>
    <message>
        <source>At logon or startup:</source>
        <translation>Al iniciar sesión o arrancar:</translation>
    </message>
    <message>
        <source>At the 90-minute refresh:</source>
        <translation>En la actualización de 90 minutos:</translation>
    </message>
    <message>
        <source>The total must equal the retries at logon plus those at refresh.</source>
        <translation>El total debe ser igual a los reintentos al iniciar sesión más los de la actualización.</translation>
    </message>
    <message>
        <source>Total retries:</source>
        <translation>Reintentos totales:</translation>
    </message>
    <message>
        <source>The server lists no custom groups.</source>
        <translation>El servidor no enumera grupos personalizados.</translation>
    </message>
    <message>
        <source>The server lists no remote offices.</source>
        <translation>El servidor no enumera oficinas remotas.</translation>
    </message>
    <message>
        <source>Patches to install</source>
        <translation>Parches para instalar</translation>
    </message>
    <message>
        <source>Patch IDs to add</source>
        <translation>ID de parches para añadir</translation>
    </message>
    <message>
        <source>Selected computers</source>
        <translation>Equipos seleccionados</translation>
    </message>
    <message>
        <source>Computer names</source>
        <translation>Nombres de equipos</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1, answered %2</source>
        <translation>Iniciado %1, respondido %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Server's answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de solicitud</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalView</name>
    <message>
        <source>Every change PatchDeck sent from this profile, or refused to send, with its outcome. Kept on this computer.</source>
        <translation>Cada cambio que PatchDeck envió desde este perfil, o se negó a enviar, con su resultado. Se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Search computers, patches, tasks, answers…</source>
        <translation>Buscar equipos, parches, tareas, respuestas…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent and what came back.</source>
        <translation>Seleccione una entrada para ver exactamente qué se envió y qué se recibió.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciado: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Respondido: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation>Operación: %1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>Destinos (%1):</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>No se pudo leer el registro.</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>Exportar el registro de acciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del registro</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detalles de la entrada</translation>
    </message>
</context>
<context>
    <name>pmp::ui::KeychainNotice</name>
    <message>
        <source>Keep my sign-in for this session only (sign in again after restarting PatchDeck)</source>
        <translation>Conservar mi inicio de sesión solo en esta sesión (volver a iniciar sesión tras reiniciar PatchDeck)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer.&lt;/b&gt; %1&lt;br&gt;PatchDeck never writes tokens to a file. You can keep this sign-in in memory until PatchDeck closes.</source>
        <translation>&lt;b&gt;No hay ningún llavero disponible en este equipo.&lt;/b&gt; %1&lt;br&gt;PatchDeck nunca escribe tokens en un archivo. Puede conservar este inicio de sesión en memoria hasta que se cierre PatchDeck.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain did not store the sign-in.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;El llavero no guardó el inicio de sesión.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or ja (View &gt; Language keeps one).</source>
        <translation>Usar este idioma en esta ejecución: en, de, fr, es o ja (Ver &gt; Idioma guarda uno).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language takes effect after PatchDeck is restarted.</source>
        <translation>El idioma se aplicará cuando se reinicie PatchDeck.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Detener la carga (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>The server asks PatchDeck to slow down: requests wait %n s before continuing.</source>
        <translation>
            <numerusform>El servidor pide a PatchDeck que vaya más despacio: las solicitudes esperan %n s antes de continuar.</numerusform>
            <numerusform>El servidor pide a PatchDeck que vaya más despacio: las solicitudes esperan %n s antes de continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>Tareas automáticas</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>Registro de acciones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>Informes de consulta</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Ajustes del servidor</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source> (%1 a second)</source>
        <translation> (%1 por segundo)</translation>
    </message>
    <message>
        <source>Loading %1… %2 of %3%4</source>
        <translation>Cargando %1… %2 de %3%4</translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <comment>Loaded &lt;250 computers&gt; at &lt;time&gt;</comment>
        <translation>%1 cargados a las %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>Esta página no tiene ninguna lista que exportar.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>Actualizar &amp;automáticamente</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Buscar en la lista</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>Seleccione equipos o parches en una lista para actuar sobre ellos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About PatchDeck</source>
        <translation>&amp;Acerca de PatchDeck</translation>
    </message>
    <message>
        <source>About PatchDeck</source>
        <translation>Acerca de PatchDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;A native console for ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;Una consola nativa para ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1 — PatchDeck</source>
        <translation>%1 — PatchDeck</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación completada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>Carga completada: %1</translation>
    </message>
    <message>
        <source>%1 did not load</source>
        <translation>No se pudo cargar %1</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Tell me when a long load, an export or a write finishes while PatchDeck is in the background</source>
        <translation>Avisarme cuando termine una carga larga, una exportación o un cambio mientras PatchDeck está en segundo plano</translation>
    </message>
    <message>
        <source>PatchDeck &amp;documentation</source>
        <translation>&amp;Documentación de PatchDeck</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>What happened:

What you expected:

Steps to reproduce:

</source>
        <translation>Qué ocurrió:

Qué esperaba:

Pasos para reproducirlo:

</translation>
    </message>
    <message>
        <source>Create &amp;report…</source>
        <translation>Crear &amp;informe…</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Guardar vista…</translation>
    </message>
    <message>
        <source>&amp;Import saved view…</source>
        <translation>&amp;Importar vista guardada…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Saved view of %1</source>
        <translation>Vista guardada de %1</translation>
    </message>
    <message>
        <source>Enter a name for the saved view.</source>
        <translation>Escriba un nombre para la vista guardada.</translation>
    </message>
    <message>
        <source>A saved view named “%1” already exists; choose another name.</source>
        <translation>Ya existe una vista guardada llamada «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>There is no profile to keep saved views in.</source>
        <translation>No hay ningún perfil donde guardar vistas.</translation>
    </message>
    <message>
        <source>Only a list can be saved as a view.</source>
        <translation>Solo una lista se puede guardar como vista.</translation>
    </message>
    <message>
        <source>The saved view could not be stored.</source>
        <translation>No se pudo guardar la vista.</translation>
    </message>
    <message>
        <source>There is no profile.</source>
        <translation>No hay ningún perfil.</translation>
    </message>
    <message>
        <source>The saved view could not be renamed.</source>
        <translation>No se pudo cambiar el nombre de la vista guardada.</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>No hay ninguna vista guardada llamada «%1».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved view PatchDeck can use: %2</source>
        <translation>%1 no es una vista guardada que PatchDeck pueda usar: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Saved as “%1” under Saved views.</source>
        <translation>Guardada como «%1» en Vistas guardadas.</translation>
    </message>
    <message>
        <source>Import saved view</source>
        <translation>Importar vista guardada</translation>
    </message>
    <message>
        <source>Saved views (*.json)</source>
        <translation>Vistas guardadas (*.json)</translation>
    </message>
    <message>
        <source>Imported as “%1” under Saved views.</source>
        <translation>Importada como «%1» en Vistas guardadas.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename saved view</source>
        <translation>Cambiar nombre de la vista guardada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export saved view</source>
        <translation>Exportar vista guardada</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Eliminar vista guardada</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The list itself is not affected.</source>
        <translation>¿Eliminar la vista guardada «%1»? La lista en sí no cambia.</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
</context>
<context>
    <name>pmp::ui::MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Ajustes de red</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Usar los ajustes de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>Si&amp;n proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
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
        <translation>Opcional; la contraseña se pide cuando hace falta</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation>Entidades de certificación de confianza</translation>
    </message>
    <message>
        <source>PatchDeck trusts the system's certificate authorities. Add a CA file (PEM or DER) for an on-premises server with its own certificate or a proxy that inspects TLS. Certificate errors are never ignored.</source>
        <translation>PatchDeck confía en las entidades de certificación del sistema. Añada un archivo de CA (PEM o DER) para un servidor local con su propio certificado o un proxy que inspeccione TLS. Los errores de certificado nunca se ignoran.</translation>
    </message>
    <message>
        <source>No additional CA</source>
        <translation>Ninguna CA adicional</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s):</source>
        <translation>
            <numerusform>%n certificado:</numerusform>
            <numerusform>%n certificados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy server's host name.</source>
        <translation>Escriba el nombre de host del servidor proxy.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NewWindowMenu</name>
    <message>
        <source>New &amp;window</source>
        <translation>Nueva &amp;ventana</translation>
    </message>
    <message>
        <source>Already open: brings its window forward</source>
        <translation>Ya abierto: trae su ventana al frente</translation>
    </message>
    <message>
        <source>Opens a window on this tenant</source>
        <translation>Abre una ventana de este inquilino</translation>
    </message>
    <message>
        <source>&amp;Sign in to another tenant…</source>
        <translation>&amp;Iniciar sesión en otro inquilino…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::OnPremisesSignInPage</name>
    <message>
        <source>For a Patch Manager Plus server in your own network: its address and an API token created in its web console.</source>
        <translation>Para un servidor de Patch Manager Plus en su propia red: su dirección y un token de API creado en su consola web.</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>Escriba la URL del servidor.</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>Pegue el token de API.</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>Servidor local</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchDetailPane</name>
    <message>
        <source>Select a patch to see where it is missing or failed</source>
        <translation>Seleccione un parche para ver dónde falta o falló</translation>
    </message>
    <message>
        <source>Error code / computer</source>
        <translation>Código de error / equipo</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Failed installations</source>
        <translation>Instalaciones con error</translation>
    </message>
    <message>
        <source>%1 — computers missing it, and failures</source>
        <translation>%1 — equipos en los que falta, y errores</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>Parche %1</translation>
    </message>
    <message>
        <source>Failed installations: loading…</source>
        <translation>Instalaciones con error: cargando…</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>sin código de error</translation>
    </message>
    <message>
        <source>Failed installations: could not load all (%1)</source>
        <translation>Instalaciones con error: no se pudieron cargar todas (%1)</translation>
    </message>
    <message>
        <source>Failed installations: none</source>
        <translation>Instalaciones con error: ninguna</translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n computer(s), by error code</source>
        <translation>
            <numerusform>Falló en %n equipo, por código de error</numerusform>
            <numerusform>Falló en %n equipos, por código de error</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed installations by error code</source>
        <translation>Instalaciones con error por código de error</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchOverviewSection</name>
    <message>
        <source>Patches and systems</source>
        <translation>Parches y sistemas</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Parches que faltan</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Parches críticos que faltan</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Sistemas muy vulnerables</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Parches instalados</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>Parches aplicables</translation>
    </message>
    <message>
        <source>New patches</source>
        <translation>Parches nuevos</translation>
    </message>
    <message>
        <source>Missing patches by severity</source>
        <translation>Parches que faltan por gravedad</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltan</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>Estado de los sistemas</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>sistemas</translation>
    </message>
    <message>
        <source>Patch scan</source>
        <translation>Análisis de parches</translation>
    </message>
    <message>
        <source>of %1 applicable</source>
        <translation>de %1 aplicables</translation>
    </message>
    <message>
        <source>%1 important</source>
        <translation>%1 importantes</translation>
    </message>
    <message>
        <source>of %1 systems</source>
        <translation>de %1 sistemas</translation>
    </message>
    <message>
        <source>on managed systems</source>
        <translation>en sistemas administrados</translation>
    </message>
    <message>
        <source>installed or missing</source>
        <translation>instalados o que faltan</translation>
    </message>
    <message>
        <source>recently released</source>
        <translation>publicados recientemente</translation>
    </message>
    <message>
        <source>%1 % healthy</source>
        <translation>%1 % correctos</translation>
    </message>
    <message>
        <source>Per the server's health policy, a system is highly vulnerable from %1 critical, %2 important, %3 moderate or %4 low missing patches, and vulnerable from %5 critical, %6 important, %7 moderate or %8 low.</source>
        <translation>Según la directiva de estado del servidor, un sistema es muy vulnerable a partir de %1 parches críticos, %2 importantes, %3 moderados o %4 bajos que faltan, y vulnerable a partir de %5 críticos, %6 importantes, %7 moderados o %8 bajos.</translation>
    </message>
    <message>
        <source>No snapshot from 30 days ago yet: the change appears once this computer has history that old.</source>
        <translation>Aún no hay una instantánea de hace 30 días: el cambio aparecerá cuando este equipo tenga un historial tan antiguo.</translation>
    </message>
    <message>
        <source>%1 on %2, %3 now</source>
        <translation>%1 el %2, %3 ahora</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PolicyPicker</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>Cargando directivas…</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Could not load every policy: %1</source>
        <translation>No se pudieron cargar todas las directivas: %1</translation>
    </message>
    <message>
        <source>%1 (not in the server's list)</source>
        <translation>%1 (no está en la lista del servidor)</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>On-premises server %1</source>
        <translation>Servidor local %1</translation>
    </message>
    <message>
        <source>Cloud, %1</source>
        <translation>Nube, %1</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Añadir perfil…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Quitar perfil…</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>Ajustes de &amp;red…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RecordListView</name>
    <message>
        <source>Search the loaded rows… (Ctrl+F)</source>
        <translation>Buscar en las filas cargadas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as CSV</source>
        <translation>Guardar las filas y columnas mostradas como CSV</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Showing data from %1 — refreshing…</source>
        <translation>Mostrando datos de %1 — actualizando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>5 of &lt;250 computers&gt;</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 loaded…</source>
        <comment>5 of &lt;250 computers&gt; loaded</comment>
        <translation>%1 de %2 cargados…</translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <comment>&lt;250 computers&gt; loaded</comment>
        <translation>%1 cargados…</translation>
    </message>
    <message>
        <source>%1 · refreshing: %2</source>
        <translation>%1 · actualizando: %2</translation>
    </message>
    <message>
        <source>%1 matching · %2</source>
        <translation>%1 coincidencias · %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>The list changed on the server while loading (%1 → %2 %3); refresh for an exact snapshot.</source>
        <translation>La lista cambió en el servidor durante la carga (%1 → %2 %3); actualice para obtener una instantánea exacta.</translation>
    </message>
    <message>
        <source>Loading cancelled: partial list</source>
        <translation>Carga cancelada: lista parcial</translation>
    </message>
    <message>
        <source>Refresh failed — showing data from %1</source>
        <translation>Error al actualizar — mostrando datos de %1</translation>
    </message>
    <message>
        <source>Partial list</source>
        <translation>Lista parcial</translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 could be loaded. %4</source>
        <translation>Solo se pudieron cargar %1 de %2 %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>Exportando %Ln fila a %1…</numerusform>
            <numerusform>Exportando %Ln filas a %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln fila exportada a %1</numerusform>
            <numerusform>%Ln filas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar %1</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Keep these filters, search, sort and columns under a name (Ctrl+Shift+S)</source>
        <translation>Guardar estos filtros, búsqueda, orden y columnas con un nombre (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Saved view %1 filters on “%2”, which this list does not offer; the filter was kept, so the list may be empty or fail to load.</source>
        <translation>La vista guardada %1 filtra por «%2», que esta lista no ofrece; el filtro se mantuvo, así que la lista puede estar vacía o no cargarse.</translation>
    </message>
    <message>
        <source>Saved view %1 filters on %2 “%3”, which the server no longer has; the filter was kept, so the list may be empty.</source>
        <translation>La vista guardada %1 filtra por %2 «%3», que el servidor ya no tiene; el filtro se mantuvo, así que la lista puede estar vacía.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RemovedRowsDialog</name>
    <message>
        <source>Removed from %1</source>
        <translation>Eliminado de %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>Se muestra la primera (%Ln).</numerusform>
            <numerusform>Se muestran las primeras %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 eliminados</translation>
    </message>
    <message>
        <source>Gone since the list fetched at %1: %2. The rows show the values they had then.</source>
        <translation>Desaparecido desde la lista obtenida a las %1: %2. Las filas muestran los valores de entonces.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportCollector</name>
    <message>
        <source>Reading the summaries</source>
        <translation>Leyendo los resúmenes</translation>
    </message>
    <message>
        <source>Missing patches: %1</source>
        <translation>Parches que faltan: %1</translation>
    </message>
    <message>
        <source>Computers: %1</source>
        <translation>Equipos: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>Crear informe</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Fechas de abajo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Desde – hasta:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>&amp;Archivo PDF:</translation>
    </message>
    <message>
        <source>Also write an &amp;HTML file beside it</source>
        <translation>Escribir también un archivo &amp;HTML al lado</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Choose a PDF file and a period whose start is not after its end.</source>
        <translation>Elija un archivo PDF y un periodo cuyo inicio no sea posterior a su fin.</translation>
    </message>
    <message>
        <source>Reading the tenant's state…</source>
        <translation>Leyendo el estado del inquilino…</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>El informe se escribió en %1.</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>No se escribió ningún informe: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Cancelado: no se escribió ningún informe.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDocument</name>
    <message>
        <source>missing</source>
        <translation>faltan</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>sistemas</translation>
    </message>
    <message>
        <source>Patch compliance report</source>
        <translation>Informe de cumplimiento de parches</translation>
    </message>
    <message>
        <source>%1, period %2 to %3</source>
        <translation>%1, periodo del %2 al %3</translation>
    </message>
    <message>
        <source>Generated %1 by PatchDeck</source>
        <translation>Generado el %1 por PatchDeck</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>Sistemas correctos</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Sistemas muy vulnerables</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>Parches que faltan</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Parches críticos que faltan</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>Parches instalados</translation>
    </message>
    <message>
        <source>Missing patches by severity and system health</source>
        <translation>Parches que faltan por gravedad y estado de los sistemas</translation>
    </message>
    <message>
        <source>Trend over 30 days</source>
        <translation>Tendencia en 30 días</translation>
    </message>
    <message>
        <source>Trend over 90 days</source>
        <translation>Tendencia en 90 días</translation>
    </message>
    <message>
        <source>Top missing patches by affected computers</source>
        <translation>Parches que más faltan por equipos afectados</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Computers longest unpatched</source>
        <translation>Equipos sin parchear desde hace más tiempo</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>Último parche</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último análisis</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Deployments and other changes in the period</source>
        <translation>Implementaciones y otros cambios del periodo</translation>
    </message>
    <message>
        <source>No changes were made from PatchDeck in the period.</source>
        <translation>No se hicieron cambios desde PatchDeck en el periodo.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</source>
        <translation>
            <numerusform>Aún no hay tendencia: se registraron menos de dos instantáneas en este %n día. PatchDeck registra las cifras del panel en este equipo en cada actualización; el servidor no guarda historial.</numerusform>
            <numerusform>Aún no hay tendencia: se registraron menos de dos instantáneas en estos %n días. PatchDeck registra las cifras del panel en este equipo en cada actualización; el servidor no guarda historial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportsView</name>
    <message>
        <source>Choose a report on the left to load its rows.</source>
        <translation>Elija un informe a la izquierda para cargar sus filas.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de informes: %1</translation>
    </message>
    <message>
        <source>Report "%1" could not be loaded: %2</source>
        <translation>No se pudo cargar el informe «%1»: %2</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>Informes de consulta</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SegmentTable</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
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
        <translation>Para un Self Client: genere un código de un solo uso en la consola de API y péguelo aquí. No interviene ninguna redirección del navegador.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Copy the scopes to paste in the API console</source>
        <translation>Copiar los scopes para pegarlos en la consola de API</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Include &amp;write permissions (approve, install, scan)</source>
        <translation>Incluir permisos de &amp;escritura (aprobar, instalar, analizar)</translation>
    </message>
    <message>
        <source>&amp;Grant code:</source>
        <translation>Código de &amp;concesión:</translation>
    </message>
    <message>
        <source>Paste the grant code.</source>
        <translation>Pegue el código de concesión.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerStatusSection</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Patch database and approval</source>
        <translation>Base de datos de parches y aprobación</translation>
    </message>
    <message>
        <source>Server page ›</source>
        <translation>Página del servidor ›</translation>
    </message>
    <message>
        <source>Open the server's settings and status</source>
        <translation>Abrir los ajustes y el estado del servidor</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Actualización de la base de datos</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Próxima actualización</translation>
    </message>
    <message>
        <source>⚠ Automatic database updates are disabled: new patches are not detected until the database is updated by hand.</source>
        <translation>⚠ Las actualizaciones automáticas de la base de datos están desactivadas: los parches nuevos no se detectan hasta que se actualice la base de datos manualmente.</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>Aprobación de parches</translation>
    </message>
    <message>
        <source>Deployment tasks</source>
        <translation>Tareas de implementación</translation>
    </message>
    <message>
        <source>Last task</source>
        <translation>Última tarea</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Próxima tarea</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Updating now</source>
        <translation>Actualizando ahora</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>No programada</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>New patches are approved for deployment without review.</source>
        <translation>Los parches nuevos se aprueban para su implementación sin revisión.</translation>
    </message>
    <message>
        <source>Patches are deployed only after an administrator approves them.</source>
        <translation>Los parches solo se implementan después de que un administrador los apruebe.</translation>
    </message>
    <message>
        <source>Unnamed task</source>
        <translation>Tarea sin nombre</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Ninguna programada</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerView</name>
    <message>
        <source>Patch database</source>
        <translation>Base de datos de parches</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation>Actualizada a las:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>Próxima actualización:</translation>
    </message>
    <message>
        <source>Automatic updates:</source>
        <translation>Actualizaciones automáticas:</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>Aprobación de parches</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>System health policy</source>
        <translation>Directiva de estado de los sistemas</translation>
    </message>
    <message>
        <source>Vulnerable at:</source>
        <translation>Vulnerable a partir de:</translation>
    </message>
    <message>
        <source>Highly vulnerable at:</source>
        <translation>Muy vulnerable a partir de:</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>Recuento:</translation>
    </message>
    <message>
        <source>Managed scope</source>
        <translation>Ámbito administrado</translation>
    </message>
    <message>
        <source>Remote offices:</source>
        <translation>Oficinas remotas:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Dominios:</translation>
    </message>
    <message>
        <source>Custom groups:</source>
        <translation>Grupos personalizados:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>The patch database status</source>
        <translation>El estado de la base de datos de parches</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt; — the vulnerability database is not kept current</source>
        <translation>&lt;b&gt;desactivadas&lt;/b&gt;: la base de datos de vulnerabilidades no se mantiene al día</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activadas</translation>
    </message>
    <message>
        <source>The approval settings</source>
        <translation>Los ajustes de aprobación</translation>
    </message>
    <message>
        <source>Automatic — new patches are approved without review</source>
        <translation>Automática: los parches nuevos se aprueban sin revisión</translation>
    </message>
    <message>
        <source>Manual — patches wait for an administrator's approval</source>
        <translation>Manual: los parches esperan la aprobación de un administrador</translation>
    </message>
    <message>
        <source>The server's setting: %1</source>
        <translation>El ajuste del servidor: %1</translation>
    </message>
    <message>
        <source>The health policy</source>
        <translation>La directiva de estado</translation>
    </message>
    <message>
        <source>only approved patches</source>
        <translation>solo parches aprobados</translation>
    </message>
    <message>
        <source>all patches</source>
        <translation>todos los parches</translation>
    </message>
    <message>
        <source>third-party applications excluded</source>
        <translation>aplicaciones de terceros excluidas</translation>
    </message>
    <message>
        <source>third-party applications included</source>
        <translation>aplicaciones de terceros incluidas</translation>
    </message>
    <message>
        <source>The server properties</source>
        <translation>Las propiedades del servidor</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Ajustes del servidor</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SessionController</name>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Welcome to PatchDeck. Connect it to your Patch Manager Plus server: choose how you sign in, and follow the steps on the right.</source>
        <translation>Bienvenido a PatchDeck. Conéctelo a su servidor de Patch Manager Plus: elija cómo inicia sesión y siga los pasos de la derecha.</translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation>Se necesita permiso</translation>
    </message>
    <message>
        <source>PatchDeck needs your permission to make changes, but could not open a browser. Copy the link, open it in the browser where you use Zoho, and click Accept.</source>
        <translation>PatchDeck necesita su permiso para realizar cambios, pero no pudo abrir un navegador. Copie el enlace, ábralo en el navegador donde usa Zoho y haga clic en Accept.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Enlace copiado</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>Cambiado a %1</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? PatchDeck signs out (Zoho is told to revoke the sign-in) and forgets the profile.</source>
        <translation>¿Quitar el perfil «%1»? PatchDeck cierra la sesión (se pide a Zoho que revoque el inicio de sesión) y olvida el perfil.</translation>
    </message>
    <message>
        <source>Sign out of "%1"? Zoho is told to revoke PatchDeck's sign-in and the tokens are removed from this computer's keychain.</source>
        <translation>¿Cerrar sesión en «%1»? Se pide a Zoho que revoque el inicio de sesión de PatchDeck y los tokens se quitan del llavero de este equipo.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInDialog</name>
    <message>
        <source>Sign in — PatchDeck</source>
        <translation>Iniciar sesión — PatchDeck</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be stored in the keychain. Unlock or start your keychain, or tick "Keep my sign-in for this session only"; then click Continue.</source>
        <translation>Sesión iniciada, pero no se pudo guardar el inicio de sesión en el llavero. Desbloquee o inicie su llavero, o marque «Conservar mi inicio de sesión solo en esta sesión»; después haga clic en Continuar.</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved: %1</source>
        <translation>Sesión iniciada, pero no se pudieron guardar los tokens: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Connect PatchDeck to Patch Manager Plus</source>
        <translation>Conectar PatchDeck a Patch Manager Plus</translation>
    </message>
    <message>
        <source>Choose how you sign in. Your tokens are kept in this computer's keychain, never in a file.</source>
        <translation>Elija cómo inicia sesión. Sus tokens se guardan en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <source>For example: Production EU</source>
        <translation>Por ejemplo: Producción UE</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Red…</translation>
    </message>
    <message>
        <source>Proxy and trusted certificate authorities</source>
        <translation>Proxy y entidades de certificación de confianza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>No keychain: tick "Keep my sign-in for this session only" to continue.</source>
        <translation>Sin llavero: marque «Conservar mi inicio de sesión solo en esta sesión» para continuar.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Abriendo su navegador…</translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation>Canjeando el código en %1…</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Comprobando el token con %1…</translation>
    </message>
    <message>
        <source>Signed in. Opening the console…</source>
        <translation>Sesión iniciada. Abriendo la consola…</translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in your keychain (it may ask for its password)…</source>
        <translation>Sesión iniciada. Guardando el inicio de sesión en su llavero (puede pedir su contraseña)…</translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation>Inicio de sesión detenido.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInHelp</name>
    <message>
        <source>Sign in through your browser</source>
        <translation>Iniciar sesión con su navegador</translation>
    </message>
    <message>
        <source>This address looks like &lt;b&gt;patchdeck-sim&lt;/b&gt;, the simulator. It needs no client registration.</source>
        <translation>Esta dirección parece ser &lt;b&gt;patchdeck-sim&lt;/b&gt;, el simulador. No necesita registrar ningún cliente.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Use simulator client&lt;/b&gt;: it fills in the simulator's built-in client %1 and its secret %2.</source>
        <translation>Haga clic en &lt;b&gt;Usar el cliente del simulador&lt;/b&gt;: rellena el cliente integrado del simulador %1 y su secreto %2.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens the simulator's consent page.</source>
        <translation>Haga clic en &lt;b&gt;Iniciar sesión&lt;/b&gt;. Su navegador abre la página de consentimiento del simulador.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it, and PatchDeck opens the console.</source>
        <translation>Haga clic en &lt;b&gt;Accept&lt;/b&gt;. La pestaña indicará que puede cerrarla, y PatchDeck abrirá la consola.</translation>
    </message>
    <message>
        <source>Enter the &lt;b&gt;Server URL&lt;/b&gt; of Patch Manager Plus and the &lt;b&gt;Accounts URL&lt;/b&gt; of its sign-in server. For &lt;b&gt;patchdeck-sim&lt;/b&gt;, both are the address it printed when it started (%1): type it as the Server URL and the Accounts URL follows.</source>
        <translation>Escriba la &lt;b&gt;URL del servidor&lt;/b&gt; de Patch Manager Plus y la &lt;b&gt;URL de cuentas&lt;/b&gt; de su servidor de inicio de sesión. Para &lt;b&gt;patchdeck-sim&lt;/b&gt;, ambas son la dirección que mostró al arrancar (%1): escríbala como URL del servidor y la URL de cuentas se rellena sola.</translation>
    </message>
    <message>
        <source>Open your accounts server's API console and sign in as an administrator.</source>
        <translation>Abra la consola de API de su servidor de cuentas e inicie sesión como administrador.</translation>
    </message>
    <message>
        <source>Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus administrator account.</source>
        <translation>Abra la consola de API del centro de datos %1, %2, e inicie sesión con su cuenta de administrador de Patch Manager Plus.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;GET STARTED&lt;/b&gt; (or &lt;b&gt;ADD CLIENT&lt;/b&gt;), choose &lt;b&gt;Server-based Applications&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;.</source>
        <translation>Haga clic en &lt;b&gt;GET STARTED&lt;/b&gt; (o &lt;b&gt;ADD CLIENT&lt;/b&gt;), elija &lt;b&gt;Server-based Applications&lt;/b&gt; y haga clic en &lt;b&gt;CREATE NOW&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Fill in: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; any address of your organisation, for example %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactly %3</source>
        <translation>Rellene: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; cualquier dirección de su organización, por ejemplo %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactamente %3</translation>
    </message>
    <message>
        <source>Any free port is selected, so the port is only known at sign-in. Zoho compares redirect URIs exactly: choose &lt;b&gt;Use a fixed port&lt;/b&gt; unless your accounts server accepts any loopback port.</source>
        <translation>Se elige cualquier puerto libre, así que el puerto solo se conoce al iniciar sesión. Zoho compara los URI de redirección de forma exacta: elija &lt;b&gt;Usar un puerto fijo&lt;/b&gt; salvo que su servidor de cuentas acepte cualquier puerto de bucle invertido.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;CREATE&lt;/b&gt;. On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>Haga clic en &lt;b&gt;CREATE&lt;/b&gt;. En la pestaña &lt;b&gt;Client Secret&lt;/b&gt;, copie el &lt;b&gt;Client ID&lt;/b&gt; y el &lt;b&gt;Client Secret&lt;/b&gt; en los campos de la izquierda.</translation>
    </message>
    <message>
        <source>If colleagues in other data centres will use this client, open its &lt;b&gt;Settings&lt;/b&gt; and enable &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck follows the data centre Zoho names after sign-in.</source>
        <translation>Si compañeros de otros centros de datos van a usar este cliente, abra sus &lt;b&gt;Settings&lt;/b&gt; y active &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck sigue el centro de datos que Zoho indique tras iniciar sesión.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens Zoho's consent page; check that it asks only to &lt;b&gt;read&lt;/b&gt; (%1) and click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it.</source>
        <translation>Haga clic en &lt;b&gt;Iniciar sesión&lt;/b&gt;. Su navegador abre la página de consentimiento de Zoho; compruebe que solo pide &lt;b&gt;lectura&lt;/b&gt; (%1) y haga clic en &lt;b&gt;Accept&lt;/b&gt;. La pestaña indicará entonces que puede cerrarla.</translation>
    </message>
    <message>
        <source>PatchDeck asks for the write permissions (the UPDATE scopes) later, in the same way, the first time you approve, install or scan. A profile that never writes never holds them.</source>
        <translation>PatchDeck pide los permisos de escritura (los scopes UPDATE) más adelante, de la misma forma, la primera vez que apruebe, instale o analice. Un perfil que nunca escribe nunca los tiene.</translation>
    </message>
    <message>
        <source>Connecting to patchdeck-sim, a test tenant or a proxy? Choose &lt;b&gt;Custom server&lt;/b&gt; under &lt;b&gt;Data centre&lt;/b&gt;.</source>
        <translation>¿Se conecta a patchdeck-sim, a un inquilino de prueba o a un proxy? Elija &lt;b&gt;Servidor personalizado&lt;/b&gt; en &lt;b&gt;Centro de datos&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sign in with a Self Client code</source>
        <translation>Iniciar sesión con un código de Self Client</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Self Client&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;, then &lt;b&gt;OK&lt;/b&gt; (only the first time).</source>
        <translation>Elija &lt;b&gt;Self Client&lt;/b&gt; y haga clic en &lt;b&gt;CREATE NOW&lt;/b&gt; y luego en &lt;b&gt;OK&lt;/b&gt; (solo la primera vez).</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>En la pestaña &lt;b&gt;Client Secret&lt;/b&gt;, copie el &lt;b&gt;Client ID&lt;/b&gt; y el &lt;b&gt;Client Secret&lt;/b&gt; en los campos de la izquierda.</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Generate Code&lt;/b&gt; tab, paste the scopes (&lt;b&gt;Copy&lt;/b&gt; next to &lt;b&gt;Scopes&lt;/b&gt; on the left gives them comma-separated):%1&lt;br&gt;pick a &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes leaves time to paste), type a description such as %2 and click &lt;b&gt;CREATE&lt;/b&gt;.</source>
        <translation>En la pestaña &lt;b&gt;Generate Code&lt;/b&gt;, pegue los scopes (&lt;b&gt;Copiar&lt;/b&gt; junto a &lt;b&gt;Scopes&lt;/b&gt; a la izquierda los da separados por comas):%1&lt;br&gt;elija una &lt;b&gt;Time Duration&lt;/b&gt; (10 minutos dan tiempo para pegar), escriba una descripción como %2 y haga clic en &lt;b&gt;CREATE&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Copy the code, paste it into &lt;b&gt;Grant code&lt;/b&gt; and click &lt;b&gt;Sign in&lt;/b&gt; right away: a code works once, and only until its time runs out.</source>
        <translation>Copie el código, péguelo en &lt;b&gt;Código de concesión&lt;/b&gt; y haga clic enseguida en &lt;b&gt;Iniciar sesión&lt;/b&gt;: un código funciona una vez, y solo hasta que se agote su tiempo.</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Include write permissions&lt;/b&gt; to generate a code that also allows approving, installing and scanning; the scope list above follows it.</source>
        <translation>Marque &lt;b&gt;Incluir permisos de escritura&lt;/b&gt; para generar un código que también permita aprobar, instalar y analizar; la lista de scopes de arriba lo refleja.</translation>
    </message>
    <message>
        <source>Connect to an on-premises server</source>
        <translation>Conectarse a un servidor local</translation>
    </message>
    <message>
        <source>Enter the server's address with its https port, for example %1.</source>
        <translation>Escriba la dirección del servidor con su puerto https, por ejemplo %1.</translation>
    </message>
    <message>
        <source>In the Patch Manager Plus web console, open &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, create a key for PatchDeck and paste it into &lt;b&gt;API token&lt;/b&gt;.</source>
        <translation>En la consola web de Patch Manager Plus, abra &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, cree una clave para PatchDeck y péguela en &lt;b&gt;Token de API&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. PatchDeck checks the token with one read before keeping it in your keychain.</source>
        <translation>Haga clic en &lt;b&gt;Iniciar sesión&lt;/b&gt;. PatchDeck comprueba el token con una lectura antes de guardarlo en su llavero.</translation>
    </message>
    <message>
        <source>The token is sent only over https. If your server uses a certificate from your own CA, add that CA under &lt;b&gt;Network…&lt;/b&gt;; certificate errors are shown, never ignored.</source>
        <translation>El token solo se envía por https. Si su servidor usa un certificado de su propia CA, añada esa CA en &lt;b&gt;Red…&lt;/b&gt;; los errores de certificado se muestran, nunca se ignoran.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInMethodTabs</name>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation>&amp;Navegador (recomendado)</translation>
    </message>
    <message>
        <source>Self Client &amp;code</source>
        <translation>&amp;Código de Self Client</translation>
    </message>
    <message>
        <source>&amp;On-premises server</source>
        <translation>Servidor &amp;local</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInPage</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInStatusArea</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the sign-in link, to open it in a browser yourself</source>
        <translation>Copiar el enlace de inicio de sesión para abrirlo usted mismo en un navegador</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Enlace copiado</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>Volver a abrir el navegador</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Your browser is showing Zoho's consent page. Sign in there if asked, check the permissions and click &lt;b&gt;Accept&lt;/b&gt;; PatchDeck continues by itself.</source>
        <translation>Su navegador muestra la página de consentimiento de Zoho. Inicie sesión allí si se le pide, revise los permisos y haga clic en &lt;b&gt;Accept&lt;/b&gt;; PatchDeck continúa por sí solo.</translation>
    </message>
    <message>
        <source>PatchDeck could not open a browser. Click &lt;b&gt;Copy link&lt;/b&gt;, paste the link into the browser where you use Zoho, and click &lt;b&gt;Accept&lt;/b&gt; there.</source>
        <translation>PatchDeck no pudo abrir un navegador. Haga clic en &lt;b&gt;Copiar enlace&lt;/b&gt;, pegue el enlace en el navegador donde usa Zoho y haga clic allí en &lt;b&gt;Accept&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Access approved. Fetching the tokens from %1…</source>
        <translation>Acceso aprobado. Obteniendo los tokens de %1…</translation>
    </message>
    <message>
        <source>Still waiting for the browser…</source>
        <translation>Se sigue esperando al navegador…</translation>
    </message>
    <message>
        <source>Check the certificate below. If it belongs to your organisation, trust its CA under Network… and sign in again.</source>
        <translation>Revise el certificado de abajo. Si pertenece a su organización, confíe en su CA en Red… y vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SinceLastRefreshSection</name>
    <message>
        <source>Since your last refresh</source>
        <translation>Desde su última actualización</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>Parches críticos que faltan</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>Sistemas muy vulnerables</translation>
    </message>
    <message>
        <source>Agents not reporting</source>
        <translation>Agentes sin informar</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>Análisis con error</translation>
    </message>
    <message>
        <source>Compared with the summaries recorded at the refresh before, at %1. Net changes: the server reports counts, not events.</source>
        <translation>Comparado con los resúmenes registrados en la actualización anterior, a las %1. Cambios netos: el servidor informa de recuentos, no de eventos.</translation>
    </message>
    <message>
        <source>The refresh before did not record this number.</source>
        <translation>La actualización anterior no registró este número.</translation>
    </message>
    <message>
        <source>%1 at the refresh before</source>
        <translation>%1 en la actualización anterior</translation>
    </message>
    <message>
        <source>%1 at %2, %3 now</source>
        <translation>%1 a las %2, %3 ahora</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>Sistemas con implementaciones fallidas</translation>
    </message>
    <message>
        <source>Could not count them: %1</source>
        <translation>No se pudieron contar: %1</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>Aún sin contar.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::StatTile</name>
    <message>
        <source>▲ %1 in 30 days</source>
        <translation>▲ %1 en 30 días</translation>
    </message>
    <message>
        <source>▼ %1 in 30 days</source>
        <translation>▼ %1 en 30 días</translation>
    </message>
    <message>
        <source>No change in 30 days</source>
        <translation>Sin cambios en 30 días</translation>
    </message>
    <message>
        <source>▲ %1 since %2</source>
        <translation>▲ %1 desde %2</translation>
    </message>
    <message>
        <source>▼ %1 since %2</source>
        <translation>▼ %1 desde %2</translation>
    </message>
    <message>
        <source>No change since %1</source>
        <translation>Sin cambios desde %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SummarySegments</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <source>Moderately vulnerable: %1</source>
        <translation>Moderadamente vulnerables: %1</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Muy vulnerable</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Health unknown (not scanned yet): %1</source>
        <translation>Estado desconocido (aún sin analizar): %1</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analizados</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>Sin analizar</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Last scan succeeded: %1</source>
        <translation>Último análisis correcto: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Last scan failed: %1</source>
        <translation>Último análisis con error: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantBadge</name>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantOverviewModel</name>
    <message>
        <source>From the last session</source>
        <translation>De la última sesión</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>Inicio de sesión necesario</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Double-click to open %1 in its window</source>
        <translation>Haga doble clic para abrir %1 en su ventana</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Missing critical</source>
        <translation>Críticos que faltan</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Muy vulnerable</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>Agentes inactivos</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>Implementaciones fallidas</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantSummaryRefresher</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Este perfil ya no existe.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantWindows</name>
    <message>
        <source>Sign in to another tenant. It opens in a window of its own; the windows already open stay signed in to theirs.</source>
        <translation>Inicie sesión en otro inquilino. Se abre en una ventana propia; las ventanas ya abiertas siguen conectadas a los suyos.</translation>
    </message>
    <message>
        <source>&amp;Tenants overview…</source>
        <translation>Resumen de &amp;inquilinos…</translation>
    </message>
    <message>
        <source>Every profile's missing critical patches and highly vulnerable computers in one table</source>
        <translation>Los parches críticos que faltan y los equipos muy vulnerables de cada perfil en una sola tabla</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantsOverview</name>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Actualizar todo</translation>
    </message>
    <message>
        <source>Tenants — PatchDeck</source>
        <translation>Inquilinos — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</source>
        <translation>
            <numerusform>Cada inquilino para el que PatchDeck tiene un perfil. Las cifras se actualizan de un inquilino en uno cada %n minuto mientras esta ventana está abierta; haga doble clic en un inquilino para abrir su ventana.</numerusform>
            <numerusform>Cada inquilino para el que PatchDeck tiene un perfil. Las cifras se actualizan de un inquilino en uno cada %n minutos mientras esta ventana está abierta; haga doble clic en un inquilino para abrir su ventana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Fetch every tenant's summary now</source>
        <translation>Obtener ahora el resumen de cada inquilino</translation>
    </message>
    <message>
        <source>&amp;Open window</source>
        <translation>&amp;Abrir ventana</translation>
    </message>
    <message>
        <source>Opens the selected tenant in its window, or brings that window forward</source>
        <translation>Abre el inquilino elegido en su ventana o trae esa ventana al frente</translation>
    </message>
    <message>
        <source>Tenants (%1) — PatchDeck</source>
        <translation>Inquilinos (%1) — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %n tenant(s) to go…</source>
        <translation>
            <numerusform>Actualizando: falta %n inquilino…</numerusform>
            <numerusform>Actualizando: faltan %n inquilinos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendChart</name>
    <message>
        <source>Not enough history yet — trends appear after a few refreshes</source>
        <translation>Aún no hay suficiente historial: las tendencias aparecen tras algunas actualizaciones</translation>
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
%2: %3</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendPanel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing critical and important patches</source>
        <translation>Parches críticos e importantes que faltan</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>Sistemas vulnerables</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>Muy vulnerable</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnerable</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendSection</name>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Recorded on this computer at each refresh, one snapshot per hour: the server keeps no history of these numbers.</source>
        <translation>Registrado en este equipo en cada actualización, una instantánea por hora: el servidor no guarda historial de estas cifras.</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendTable</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>pmp::ui::UninstallPatchesDialog</name>
    <message>
        <source>Uninstall patches</source>
        <translation>Desinstalar parches</translation>
    </message>
    <message>
        <source>The patches are removed from every computer that has them. Computers become vulnerable again to what the patches fixed.</source>
        <translation>Los parches se quitan de todos los equipos que los tienen. Los equipos vuelven a ser vulnerables a lo que corregían los parches.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Patches:</source>
        <translation>Parches:</translation>
    </message>
    <message>
        <source>PatchDeck uninstall %1</source>
        <translation>Desinstalación de PatchDeck %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>Opcional: motivo, número de incidencia…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Save as draft (nothing is uninstalled)</source>
        <translation>Guardar como borrador (no se desinstala nada)</translation>
    </message>
    <message>
        <source>Uninstall when each agent next contacts the server</source>
        <translation>Desinstalar cuando cada agente contacte de nuevo con el servidor</translation>
    </message>
    <message>
        <source>Uninstall immediately</source>
        <translation>Desinstalar inmediatamente</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>Directiva de &amp;implementación:</translation>
    </message>
</context>
</TS>
