<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AliExpress</name>
        <message>
            <source>Unknown signing method {method}.</source>
            <translation>Método de firma desconocido: {method}.</translation>
        </message>
        <message>
            <source>AliExpress keeps limiting requests; try the sync again later.</source>
            <translation>AliExpress sigue limitando las solicitudes; vuelva a sincronizar más tarde.</translation>
        </message>
        <message>
            <source>AliExpress did not answer in time.</source>
            <translation>AliExpress no respondió a tiempo.</translation>
        </message>
        <message>
            <source>The secure connection to the gateway could not be verified (its certificate is not trusted). Check the gateway address in Settings → Advanced and the computer's clock.</source>
            <translation>No se pudo verificar la conexión segura con la pasarela (su certificado no es de confianza). Revise la dirección de la pasarela en Ajustes → Avanzado y el reloj del equipo.</translation>
        </message>
        <message>
            <source>Could not reach AliExpress. Check the internet connection.</source>
            <translation>No se pudo conectar con AliExpress. Revise la conexión a internet.</translation>
        </message>
        <message>
            <source>The gateway answered with a redirect (HTTP {status}) to {location}, which aliorders does not follow. Check the gateway address in Settings → Advanced.</source>
            <translation>La pasarela respondió con una redirección (HTTP {status}) a {location}, que aliorders no sigue. Revise la dirección de la pasarela en Ajustes → Avanzado.</translation>
        </message>
        <message>
            <source>AliExpress had a temporary problem (HTTP {status}).</source>
            <translation>AliExpress tuvo un problema temporal (HTTP {status}).</translation>
        </message>
        <message>
            <source>AliExpress answered with HTTP {status}.</source>
            <translation>AliExpress respondió con HTTP {status}.</translation>
        </message>
        <message>
            <source>AliExpress sent an answer larger than {cap} MB; aliorders stopped reading it.</source>
            <translation>AliExpress envió una respuesta de más de {cap} MB; aliorders dejó de leerla.</translation>
        </message>
        <message>
            <source>The gateway address {url} is not allowed: use https:// (plain http:// only for this computer).</source>
            <translation>La dirección de pasarela {url} no está permitida: use https:// (http:// sin cifrar solo para este equipo).</translation>
        </message>
        <message>
            <source>AliExpress sent an incomplete or unreadable answer.</source>
            <translation>AliExpress envió una respuesta incompleta o ilegible.</translation>
        </message>
        <message>
            <source>AliExpress sent an answer in an unexpected shape.</source>
            <translation>AliExpress envió una respuesta con un formato inesperado.</translation>
        </message>
        <message>
            <source>Open Settings → Account and reconnect your AliExpress account.</source>
            <translation>Abra Ajustes → Cuenta y vuelva a conectar su cuenta de AliExpress.</translation>
        </message>
        <message>
            <source>AliExpress says this account is not a registered affiliate publisher, or the app has no permission to read orders. Check the app's status in the AliExpress affiliate portal.</source>
            <translation>AliExpress indica que esta cuenta no es un afiliado registrado o que la aplicación no tiene permiso para leer pedidos. Revise el estado de la aplicación en el portal de afiliados de AliExpress.</translation>
        </message>
        <message>
            <source>AliExpress reported a temporary system error.</source>
            <translation>AliExpress informó de un error temporal del sistema.</translation>
        </message>
        <message>
            <source>AliExpress is limiting requests for {seconds} s.</source>
            <translation>AliExpress limita las solicitudes durante {seconds} s.</translation>
        </message>
        <message>
            <source>AliExpress does not recognise this App Key.</source>
            <translation>AliExpress no reconoce esta App Key.</translation>
        </message>
        <message>
            <source>AliExpress refused the request signature: the App Secret does not match the App Key.</source>
            <translation>AliExpress rechazó la firma de la solicitud: el App Secret no corresponde a la App Key.</translation>
        </message>
        <message>
            <source>This AliExpress app has no permission to read affiliate orders.</source>
            <translation>Esta aplicación de AliExpress no tiene permiso para leer pedidos de afiliados.</translation>
        </message>
        <message>
            <source>AliExpress reported a temporary service error.</source>
            <translation>AliExpress informó de un error temporal del servicio.</translation>
        </message>
        <message>
            <source>AliExpress refused a query window as too long.</source>
            <translation>AliExpress rechazó un periodo de consulta por demasiado largo.</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>sin motivo indicado</translation>
        </message>
        <message>
            <source>AliExpress refused the request: {reason}.</source>
            <translation>AliExpress rechazó la solicitud: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{text} is not a date like 2026-01-31</source>
            <translation>{text} no es una fecha como 2026-01-31</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 1 to {most}</source>
            <translation>{text} no es un número entero del 1 al {most}</translation>
        </message>
        <message>
            <source>Keep every AliExpress affiliate order on this machine. Without a command, opens the window.</source>
            <translation>Guarde todos sus pedidos de afiliado de AliExpress en este equipo. Sin un comando, abre la ventana.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>mostrar la versión y salir</translation>
        </message>
        <message>
            <source>open the window on demo data</source>
            <translation>abrir la ventana con datos de demostración</translation>
        </message>
        <message>
            <source>start in the system tray without showing the window, as at login</source>
            <translation>iniciar en la bandeja del sistema sin mostrar la ventana, como al iniciar sesión</translation>
        </message>
        <message>
            <source>check this installation (Qt, database, a sync against a simulated gateway) and exit</source>
            <translation>comprobar esta instalación (Qt, base de datos, una sincronización con una pasarela simulada) y salir</translation>
        </message>
        <message>
            <source>FILE|URL</source>
            <translation>ARCHIVO|URL</translation>
        </message>
        <message>
            <source>database file or URL (default: ALIORDERS_DB or the settings)</source>
            <translation>archivo o URL de la base de datos (por defecto: ALIORDERS_DB o los ajustes)</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>COMANDO</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>fetch orders of a date range from AliExpress</source>
            <translation>descargar de AliExpress los pedidos de un periodo</translation>
        </message>
        <message>
            <source>first day, included</source>
            <translation>primer día, incluido</translation>
        </message>
        <message>
            <source>last day, included (default: today)</source>
            <translation>último día, incluido (por defecto: hoy)</translation>
        </message>
        <message>
            <source>fetch only the days of the range that no completed sync fetched</source>
            <translation>descargar solo los días del periodo que ninguna sincronización completada descargó</translation>
        </message>
        <message>
            <source>requests in flight at once, 1 to {most} (default: the setting, {default} unless changed)</source>
            <translation>solicitudes simultáneas, de 1 a {most} (por defecto: el ajuste, {default} si no se cambió)</translation>
        </message>
        <message>
            <source>write stored orders to a CSV file or an Excel workbook</source>
            <translation>guardar los pedidos almacenados en un archivo CSV o un libro de Excel</translation>
        </message>
        <message>
            <source>FILE.csv|FILE.xlsx</source>
            <translation>ARCHIVO.csv|ARCHIVO.xlsx</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>el archivo que se escribe</translation>
        </message>
        <message>
            <source>csv or xlsx (default: by the extension of --out, csv unless it ends in .xlsx)</source>
            <translation>csv o xlsx (por defecto, según la extensión de --out: csv salvo que termine en .xlsx)</translation>
        </message>
        <message>
            <source>only this status, as AliExpress names it (repeat for several)</source>
            <translation>solo este estado, tal como lo nombra AliExpress (repítalo para varios)</translation>
        </message>
        <message>
            <source>only this Order ID, or the IDs it starts</source>
            <translation>solo este ID de pedido, o los ID que empiezan así</translation>
        </message>
        <message>
            <source>only this Tracking ID, or the IDs it starts</source>
            <translation>solo este Tracking ID, o los ID que empiezan así</translation>
        </message>
        <message>
            <source>only this Product ID, or the IDs it starts</source>
            <translation>solo este ID de producto, o los ID que empiezan así</translation>
        </message>
        <message>
            <source>CSV: write IDs as ="…" so Excel keeps all their digits (it rounds numbers over 15 digits); a workbook always keeps them as text</source>
            <translation>CSV: escribir los ID como ="…" para que Excel conserve todas sus cifras (redondea los números de más de 15 cifras); un libro de Excel siempre los guarda como texto</translation>
        </message>
        <message>
            <source>column titles (and a workbook's words) in English whatever the language, for scripts that read the file by its column names</source>
            <translation>títulos de columna (y los textos del libro de Excel) en inglés sea cual sea el idioma, para scripts que leen el archivo por los nombres de sus columnas</translation>
        </message>
        <message>
            <source>show the database location, order count, this and last month's commission and last syncs</source>
            <translation>mostrar la ubicación de la base de datos, el número de pedidos, la comisión de este mes y del anterior y las últimas sincronizaciones</translation>
        </message>
        <message>
            <source>check from this day that every day was synced (default: the first synced)</source>
            <translation>comprobar desde este día que todos los días se sincronizaron (por defecto: desde el primero sincronizado)</translation>
        </message>
        <message>
            <source>check up to this day that every day was synced (default: today)</source>
            <translation>comprobar hasta este día que todos los días se sincronizaron (por defecto: hoy)</translation>
        </message>
        <message>
            <source>the month figures by the day the buyer paid, confirmed receipt, or the commission was settled (default: paid)</source>
            <translation>qué día cuenta para las cifras del mes: el día en que el comprador pagó, confirmó la recepción o se confirmó la comisión (por defecto: paid)</translation>
        </message>
        <message>
            <source>run the simulated AliExpress gateway on this machine</source>
            <translation>ejecutar en este equipo la pasarela simulada de AliExpress</translation>
        </message>
        <message>
            <source>port to listen on</source>
            <translation>puerto en el que escuchar</translation>
        </message>
        <message>
            <source>seed of the generated orders (same seed, same orders)</source>
            <translation>semilla de los pedidos generados (misma semilla, mismos pedidos)</translation>
        </message>
        <message>
            <source>sub-orders to generate</source>
            <translation>subpedidos que generar</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SEGUNDOS</translation>
        </message>
        <message>
            <source>wait this long before each answer</source>
            <translation>esperar este tiempo antes de cada respuesta</translation>
        </message>
        <message>
            <source>how to say a query found no orders: resp_code 405, an empty result, or the gateway error code 15 / ERROR-405</source>
            <translation>cómo indicar que una consulta no encontró pedidos: resp_code 405, un resultado vacío o el código de error de la pasarela 15 / ERROR-405</translation>
        </message>
        <message>
            <source>share of orders (0 to 1) whose money is sent in major units</source>
            <translation>proporción de pedidos (de 0 a 1) cuyos importes se envían en la unidad principal de la moneda</translation>
        </message>
        <message>
            <source>share of orders (0 to 1) that get one absurd value</source>
            <translation>proporción de pedidos (de 0 a 1) que reciben un valor absurdo</translation>
        </message>
        <message>
            <source>SHARE</source>
            <translation>PROPORCIÓN</translation>
        </message>
        <message>
            <source>{text} is not a month like 2026-11</source>
            <translation>{text} no es un mes como 2026-11</translation>
        </message>
        <message>
            <source>{text} is not a year like 2026</source>
            <translation>{text} no es un año como 2026</translation>
        </message>
        <message>
            <source>write the commission settled in each local calendar month, with its orders</source>
            <translation>guardar la comisión confirmada en cada mes natural (hora local), con sus pedidos</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>AAAA-MM</translation>
        </message>
        <message>
            <source>one month, e.g. 2026-11</source>
            <translation>un mes, por ejemplo 2026-11</translation>
        </message>
        <message>
            <source>YYYY</source>
            <translation>AAAA</translation>
        </message>
        <message>
            <source>every month of one year</source>
            <translation>todos los meses de un año</translation>
        </message>
        <message>
            <source>the file to write: an Excel workbook if it ends in .xlsx, else CSV</source>
            <translation>el archivo que se escribe: un libro de Excel si termina en .xlsx; si no, CSV</translation>
        </message>
        <message>
            <source>titles and words in English whatever the language</source>
            <translation>títulos y textos en inglés sea cual sea el idioma</translation>
        </message>
        <message>
            <source>last day, included</source>
            <translation>último día, incluido</translation>
        </message>
        <message>
            <source>which day of each order --from and --to mean: the day the buyer paid, confirmed receipt, or the commission was settled (default: paid); an order without that day yet is outside every range</source>
            <translation>qué día de cada pedido indican --from y --to: el día en que el comprador pagó, confirmó la recepción o se confirmó la comisión (por defecto: paid); un pedido que aún no tiene ese día queda fuera de todo periodo</translation>
        </message>
        <message>
            <source>set up and fill a team workspace on PostgreSQL</source>
            <translation>crear y llenar un espacio de trabajo de equipo en PostgreSQL</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ACCIÓN</translation>
        </message>
        <message>
            <source>create the tables, the aliorders_admin and aliorders_viewer roles and their grants</source>
            <translation>crear las tablas, los roles aliorders_admin y aliorders_viewer y sus permisos</translation>
        </message>
        <message>
            <source>the workspace database, as a superuser or its owner</source>
            <translation>la base de datos del espacio de trabajo, como superusuario o como su propietario</translation>
        </message>
        <message>
            <source>copy a local history (orders, status changes, syncs) in</source>
            <translation>copiar aquí un historial local (pedidos, cambios de estado, sincronizaciones)</translation>
        </message>
        <message>
            <source>LOCAL.db</source>
            <translation>LOCAL.db</translation>
        </message>
        <message>
            <source>the local database file to copy</source>
            <translation>el archivo de base de datos local que se copia</translation>
        </message>
        <message>
            <source>the workspace database, as a user of aliorders_admin</source>
            <translation>la base de datos del espacio de trabajo, como usuario de aliorders_admin</translation>
        </message>
        <message>
            <source>No AliExpress account is connected. Connect it in the window (Settings → Account), or set {key} and {secret}.</source>
            <translation>No hay ninguna cuenta de AliExpress conectada. Conéctela en la ventana (Ajustes → Cuenta) o defina {key} y {secret}.</translation>
        </message>
        <message>
            <source>Every day of {first} – {last} was synced already.</source>
            <translation>Todos los días de {first} – {last} ya se sincronizaron.</translation>
        </message>
        <message>
            <source>{error} Everything fetched before the error is kept.</source>
            <translation>{error} Todo lo descargado antes del error se conserva.</translation>
        </message>
        <message>
            <source>{done}/{planned} pages, {new} new, {updated} updated</source>
            <translation>páginas: {done}/{planned}, nuevos: {new}, actualizados: {updated}</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}.</source>
            <translation>No se pudo escribir {file}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to {file}</source>
            <translation>
                <numerusform>Exportada %n fila a {file}</numerusform>
                <numerusform>Exportadas %n filas a {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of: {choices}</source>
            <translation>{value} no es ninguna de las opciones: {choices}</translation>
        </message>
        <message>
            <source>write commission per product, country, sub ID… to a CSV file or an Excel workbook</source>
            <translation>guardar la comisión por producto, país, sub ID… en un archivo CSV o un libro de Excel</translation>
        </message>
        <message>
            <source>what to group by; sub-id:KEY groups by one sub-ID key (default key: af_sub)</source>
            <translation>por qué agrupar; sub-id:KEY agrupa por una clave de sub ID (clave por defecto: af_sub)</translation>
        </message>
        <message>
            <source>only this settlement currency (default: each currency, in rows of its own)</source>
            <translation>solo esta moneda de liquidación (por defecto: cada moneda, en sus propias filas)</translation>
        </message>
        <message>
            <source>the file to write (an Excel workbook if it ends in .xlsx)</source>
            <translation>el archivo que se escribe (un libro de Excel si termina en .xlsx)</translation>
        </message>
        <message>
            <source>column titles in English whatever the language, for scripts</source>
            <translation>títulos de columna en inglés sea cual sea el idioma, para scripts</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nada</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n settled orders ({first} – {last}) to {file}</source>
            <translation>
                <numerusform>Se escribió %n pedido confirmado ({first} – {last}) en {file}</numerusform>
                <numerusform>Se escribieron %n pedidos confirmados ({first} – {last}) en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>--to ({last}) is before --from ({first}).</source>
            <translation>--to ({last}) es anterior a --from ({first}).</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Base de datos: {location}</translation>
        </message>
        <message numerus="yes">
            <source>Orders:   %n sub-orders</source>
            <translation>
                <numerusform>Pedidos:       %n subpedido</numerusform>
                <numerusform>Pedidos:       %n subpedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Access:   {user} may sync and delete</source>
            <translation>Acceso:        {user} puede sincronizar y eliminar</translation>
        </message>
        <message>
            <source>Access:   {user} may sync</source>
            <translation>Acceso:        {user} puede sincronizar</translation>
        </message>
        <message>
            <source>Access:   {user} may view</source>
            <translation>Acceso:        {user} solo puede ver</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Última sincronización: nunca</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mes pasado</translation>
        </message>
        <message>
            <source>Commission of the orders paid (≈ estimate until settled), your local days:</source>
            <translation>Comisión de los pedidos pagados (≈ estimada hasta que se confirme), días en su hora local:</translation>
        </message>
        <message>
            <source>Commission of the orders the buyer confirmed (≈ estimate until settled), your local days:</source>
            <translation>Comisión de los pedidos cuya recepción confirmó el comprador (≈ estimada hasta que se confirme), días en su hora local:</translation>
        </message>
        <message>
            <source>Commission settled (final), your local days:</source>
            <translation>Comisión confirmada (definitiva), días en su hora local:</translation>
        </message>
        <message>
            <source>Fetch them with: {command}</source>
            <translation>Descárguelos con: {command}</translation>
        </message>
        <message>
            <source>Last running sync: {when} for {first} – {last}</source>
            <translation>Última sincronización en curso: {when}, periodo {first} – {last}</translation>
        </message>
        <message>
            <source>Last completed sync: {when} for {first} – {last}</source>
            <translation>Última sincronización completada: {when}, periodo {first} – {last}</translation>
        </message>
        <message>
            <source>Last sync with problems: {when} for {first} – {last}</source>
            <translation>Última sincronización con problemas: {when}, periodo {first} – {last}</translation>
        </message>
        <message>
            <source>Last cancelled sync: {when} for {first} – {last}</source>
            <translation>Última sincronización cancelada: {when}, periodo {first} – {last}</translation>
        </message>
        <message>
            <source>Last failed sync: {when} for {first} – {last}</source>
            <translation>Última sincronización fallida: {when}, periodo {first} – {last}</translation>
        </message>
        <message>
            <source>Last interrupted sync: {when} for {first} – {last}</source>
            <translation>Última sincronización interrumpida: {when}, periodo {first} – {last}</translation>
        </message>
        <message>
            <source>A team workspace lives on PostgreSQL: add --db postgresql://USER@HOST/DBNAME.</source>
            <translation>Los espacios de trabajo de equipo se alojan en PostgreSQL: añada --db postgresql://USER@HOST/DBNAME.</translation>
        </message>
        <message>
            <source>Check these functions and operators in the workspace's schema: other users made them while anyone could create objects there, and aliorders did not. Drop those you do not know, e.g. DROP FUNCTION or DROP OPERATOR followed by the name shown.</source>
            <translation>Revise estas funciones y operadores del esquema del espacio de trabajo: los crearon otros usuarios cuando cualquiera podía crear objetos allí, no aliorders. Elimine los que no conozca, por ejemplo con DROP FUNCTION o DROP OPERATOR seguido del nombre indicado.</translation>
        </message>
        <message>
            <source>{object}, made by {owner}</source>
            <translation>{object}, creado por {owner}</translation>
        </message>
        <message>
            <source>Workspace ready: {location}
Roles: {admin} may sync and delete orders; {viewer} may view, refresh and export them.
Give each person a database user in one role, e.g. in psql as this superuser or owner:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- syncs from AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- views and exports
Each connects with Settings → Advanced → Database, or: aliorders --db {address}
Copy a local history in with: aliorders workspace import --from orders.db --db {address}</source>
            <translation>Espacio de trabajo listo: {location}
Roles: {admin} puede sincronizar y eliminar pedidos; {viewer} puede verlos, actualizarlos y exportarlos.
Cree para cada persona un usuario de base de datos con uno de los roles, por ejemplo en psql como este superusuario o propietario:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- sincroniza desde AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- ve y exporta
Cada uno se conecta en Ajustes → Avanzado → Base de datos, o con: aliorders --db {address}
Para copiar un historial local: aliorders workspace import --from orders.db --db {address}</translation>
        </message>
        <message>
            <source>Only the owner may create objects in the workspace's schema (CREATE revoked from {roles}), so no member can plant code that runs with another member's rights.</source>
            <translation>Solo el propietario puede crear objetos en el esquema del espacio de trabajo (se revocó CREATE a {roles}), así que ningún miembro puede colocar código que se ejecute con los permisos de otro miembro.</translation>
        </message>
    </context>
    <context>
        <name>CommissionState</name>
        <message>
            <source>estimate</source>
            <translation>estimada</translation>
        </message>
        <message>
            <source>final</source>
            <translation>confirmada</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>{spans} and %n more</source>
            <translation>
                <numerusform>{spans} y %n más</numerusform>
                <numerusform>{spans} y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody in this workspace ever synced {spans}, so orders of those days may be missing.</source>
            <translation>Nadie en este espacio de trabajo sincronizó nunca {spans}, así que pueden faltar pedidos de esos días.</translation>
        </message>
        <message>
            <source>No sync ever fetched {spans}, so orders of those days may be missing.</source>
            <translation>Ninguna sincronización descargó nunca {spans}, así que pueden faltar pedidos de esos días.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>aliorders ran into an unexpected problem ({problem}). Your orders are safe; details were written to {log}.</source>
            <translation>aliorders ha tenido un problema inesperado ({problem}). Sus pedidos están a salvo; los detalles se han guardado en {log}.</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>The App Secret is kept in the system keyring.</source>
            <translation>El App Secret se guarda en el llavero del sistema.</translation>
        </message>
        <message>
            <source>This system has no usable keyring, so aliorders cannot store the App Secret safely. Set {key} and {secret} in the environment, or keep the secret for this session only.</source>
            <translation>Este sistema no tiene un llavero utilizable, así que aliorders no puede guardar el App Secret de forma segura. Defina {key} y {secret} en el entorno, o conserve el secreto solo durante esta sesión.</translation>
        </message>
        <message>
            <source>The system keyring accepted the App Secret but did not keep it.</source>
            <translation>El llavero del sistema aceptó el App Secret pero no lo guardó.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it and try again.</source>
            <translation>El llavero del sistema está bloqueado. Desbloquéelo e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The system keyring refused: {reason}. Unlock it or try again.</source>
            <translation>El llavero del sistema se negó: {reason}. Desbloquéelo o inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This system has no usable keyring, so aliorders cannot store the database password safely. Set it in the PGPASSWORD environment variable instead.</source>
            <translation>Este sistema no tiene un llavero utilizable, así que aliorders no puede guardar la contraseña de la base de datos de forma segura. Defínala en la variable de entorno PGPASSWORD.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Sub-orders</source>
            <translation>Subpedidos</translation>
        </message>
        <message>
            <source>Paid amount</source>
            <translation>Importe pagado</translation>
        </message>
        <message>
            <source>Estimated commission</source>
            <translation>Comisión estimada</translation>
        </message>
        <message>
            <source>Settled commission (final)</source>
            <translation>Comisión confirmada (definitiva)</translation>
        </message>
        <message>
            <source>Invalid rate (%)</source>
            <translation>Proporción de no válidos (%)</translation>
        </message>
        <message>
            <source>Average commission rate (%)</source>
            <translation>Tasa de comisión media (%)</translation>
        </message>
        <message>
            <source>Share of commission (%)</source>
            <translation>Proporción de la comisión (%)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>ID del pedido</translation>
        </message>
        <message>
            <source>Sub-order ID</source>
            <translation>ID del subpedido</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Commission state</source>
            <translation>Estado de la comisión</translation>
        </message>
        <message>
            <source>Tracking ID</source>
            <translation>Tracking ID</translation>
        </message>
        <message>
            <source>Custom parameters</source>
            <translation>Parámetros personalizados</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>ID del producto</translation>
        </message>
        <message>
            <source>Product title</source>
            <translation>Título del producto</translation>
        </message>
        <message>
            <source>Product URL</source>
            <translation>URL del producto</translation>
        </message>
        <message>
            <source>Product image URL</source>
            <translation>URL de la imagen del producto</translation>
        </message>
        <message>
            <source>Category ID</source>
            <translation>ID de la categoría</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Finished amount</source>
            <translation>Importe al completarse</translation>
        </message>
        <message>
            <source>Commission at completion</source>
            <translation>Comisión al completarse</translation>
        </message>
        <message>
            <source>New buyer bonus</source>
            <translation>Bono por comprador nuevo</translation>
        </message>
        <message>
            <source>Commission rate (%)</source>
            <translation>Tasa de comisión (%)</translation>
        </message>
        <message>
            <source>Created (local time)</source>
            <translation>Creado (hora local)</translation>
        </message>
        <message>
            <source>Paid (local time)</source>
            <translation>Pagado (hora local)</translation>
        </message>
        <message>
            <source>Confirmed (local time)</source>
            <translation>Recibido (hora local)</translation>
        </message>
        <message>
            <source>Settled (local time)</source>
            <translation>Confirmado (hora local)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <source>Ship to country</source>
            <translation>País de envío</translation>
        </message>
        <message>
            <source>New buyer</source>
            <translation>Comprador nuevo</translation>
        </message>
        <message>
            <source>the disk is full; free some space or choose another place</source>
            <translation>el disco está lleno; libere espacio o elija otro lugar</translation>
        </message>
        <message>
            <source>the folder {folder} is on a read-only disk; choose another place</source>
            <translation>la carpeta {folder} está en un disco de solo lectura; elija otro lugar</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} no es una carpeta</translation>
        </message>
        <message>
            <source>{target} is a folder</source>
            <translation>{target} es una carpeta</translation>
        </message>
        <message>
            <source>you may not write in the folder {folder}; choose another place</source>
            <translation>no tiene permiso para escribir en la carpeta {folder}; elija otro lugar</translation>
        </message>
        <message>
            <source>the file is open in another program (Excel?); close it there and export again</source>
            <translation>el archivo está abierto en otro programa (¿Excel?); ciérrelo allí y vuelva a exportar</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Settled commission</source>
            <translation>Comisión confirmada</translation>
        </message>
        <message>
            <source>Commission settled in each month (Completed Settlement, final figures), by settlement date. Months are local calendar months ({zone}). Totals are per currency, never added across currencies.</source>
            <translation>Comisión confirmada en cada mes (estado «Confirmado», cifras definitivas), por fecha de confirmación. Los meses son meses naturales en hora local ({zone}). Los totales son por moneda; nunca se suman monedas distintas.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <source>{count} orders are more than an Excel sheet holds ({limit}); narrow the date range or export CSV</source>
            <translation>{count} pedidos no caben en una hoja de Excel (máximo {limit}); acote el periodo o exporte a CSV</translation>
        </message>
        <message>
            <source>Commission is an estimate until Completed Settlement; Invalid orders earn none.</source>
            <translation>La comisión es estimada hasta que el pedido pase a «Confirmado»; los pedidos «No válido» no generan comisión.</translation>
        </message>
    </context>
    <context>
        <name>Flag</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message numerus="yes">
            <source>Generated %n sub-orders in {seconds} s (seed {seed}).</source>
            <translation>
                <numerusform>Generado %n subpedido en {seconds} s (semilla {seed}).</numerusform>
                <numerusform>Generados %n subpedidos en {seconds} s (semilla {seed}).</numerusform>
            </translation>
        </message>
        <message>
            <source>AliExpress gateway simulator listening on {url}</source>
            <translation>Simulador de la pasarela de AliExpress escuchando en {url}</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Pulse Ctrl+C para detenerlo.</translation>
        </message>
        <message>
            <source>Gateway stopped.</source>
            <translation>Pasarela detenida.</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Payment Completed</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>Buyer Confirmed Receipt</source>
            <translation>Recibido por el comprador</translation>
        </message>
        <message>
            <source>Completed Settlement</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>No válido</translation>
        </message>
        <message>
            <source>payment completed time</source>
            <translation>fecha de pago</translation>
        </message>
        <message>
            <source>buyer confirmed receipt time</source>
            <translation>fecha de recepción por el comprador</translation>
        </message>
        <message>
            <source>completed settlement time</source>
            <translation>fecha de confirmación</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Pacific time with daylight saving (what AliExpress calls "PST")</source>
            <translation>Hora del Pacífico con horario de verano (lo que AliExpress llama «PST»)</translation>
        </message>
        <message>
            <source>Fixed UTC−8</source>
            <translation>UTC−8 fijo</translation>
        </message>
        <message>
            <source>Fixed UTC+8 (Beijing time)</source>
            <translation>UTC+8 fijo (hora de Pekín)</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>the address is not a valid URL: in a user name or password, write / ? # @ as {codes}</source>
            <translation>la dirección no es una URL válida: en un usuario o una contraseña, escriba / ? # @ como {codes}</translation>
        </message>
        <message>
            <source>the address names no database: write postgresql://USER@HOST/DBNAME</source>
            <translation>la dirección no indica ninguna base de datos: escriba postgresql://USER@HOST/DBNAME</translation>
        </message>
        <message>
            <source>the address asks for {setting}, which could let someone between you and the server read the password. For a server on another computer, leave sslmode out (aliorders then uses verify-full) or set verify-ca, and allow only require_auth=scram-sha-256.</source>
            <translation>la dirección pide {setting}, lo que podría permitir que alguien entre usted y el servidor lea la contraseña. Para un servidor en otro equipo, omita sslmode (aliorders usa entonces verify-full) o defina verify-ca, y permita solo require_auth=scram-sha-256.</translation>
        </message>
        <message>
            <source>other database users ({roles}) may create objects in its schema, where they could plant code that runs with your rights. If workspace init cannot take that right back (a PostgreSQL 14 or older default), a superuser runs: {statement}</source>
            <translation>otros usuarios de la base de datos ({roles}) pueden crear objetos en su esquema, donde podrían colocar código que se ejecute con los permisos de su usuario. Si workspace init no puede retirar ese permiso (valor por defecto de PostgreSQL 14 o anterior), un superusuario ejecuta: {statement}</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>la base de datos</translation>
        </message>
        <message>
            <source>the server offers no encrypted (TLS) connection. Ask its administrator to turn on ssl in postgresql.conf, or reach it through an SSH tunnel to localhost.</source>
            <translation>el servidor no ofrece una conexión cifrada (TLS). Pida a su administrador que active ssl en postgresql.conf, o conéctese a él mediante un túnel SSH a localhost.</translation>
        </message>
        <message>
            <source>its certificate could not be verified. Add sslrootcert=/path/to/ca.crt to the address (or set PGSSLROOTCERT) with the certificate of the authority that signed the server's, and use the name its certificate was issued for as the host.</source>
            <translation>no se pudo verificar su certificado. Añada sslrootcert=/path/to/ca.crt a la dirección (o defina PGSSLROOTCERT) con el certificado de la autoridad que firmó el del servidor, y use como host el nombre para el que se emitió su certificado.</translation>
        </message>
        <message>
            <source>the server asked for the password itself instead of a SCRAM-SHA-256 proof. Ask its administrator to use scram-sha-256 for your user in pg_hba.conf.</source>
            <translation>el servidor pidió la contraseña en sí en lugar de una prueba SCRAM-SHA-256. Pida a su administrador que use scram-sha-256 para su usuario en pg_hba.conf.</translation>
        </message>
        <message>
            <source>{location} is not an aliorders database (it is not a database file at all). It was left untouched. Choose another file, or a new file name to start a database.</source>
            <translation>{location} no es una base de datos de aliorders (ni siquiera es un archivo de base de datos). No se ha modificado. Elija otro archivo, o un nombre de archivo nuevo para crear una base de datos.</translation>
        </message>
        <message>
            <source>The database {location} is damaged ({detail}). It was left untouched. Restore a backup (aliorders keeps .bak copies next to it before upgrades) or choose another database.</source>
            <translation>La base de datos {location} está dañada ({detail}). No se ha modificado. Restaure una copia de seguridad (aliorders guarda copias .bak a su lado antes de cada actualización) o elija otra base de datos.</translation>
        </message>
        <message>
            <source>{location} is a database of another program, not an aliorders database. It was left untouched. Choose another file, or a new file name to start a database.</source>
            <translation>{location} es una base de datos de otro programa, no de aliorders. No se ha modificado. Elija otro archivo, o un nombre de archivo nuevo para crear una base de datos.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of aliorders (schema {found}); this version understands up to {supported}. Update aliorders or choose another database.</source>
            <translation>Esta base de datos la escribió una versión más reciente de aliorders (esquema {found}); esta versión entiende hasta el {supported}. Actualice aliorders o elija otra base de datos.</translation>
        </message>
        <message>
            <source> A copy from before the upgrade is at {backup}.</source>
            <translation> Hay una copia anterior a la actualización en {backup}.</translation>
        </message>
        <message>
            <source>Upgrading the database {location} to schema {target} failed ({detail}). It is unchanged since schema {previous}.{copy} Please report this problem.</source>
            <translation>No se pudo actualizar la base de datos {location} al esquema {target} ({detail}). Sigue igual que con el esquema {previous}.{copy} Informe de este problema, por favor.</translation>
        </message>
        <message>
            <source>The database {location} can be read but not written (read-only file, folder or disk). aliorders needs to write to it. Move it somewhere you can write, or change its permissions.</source>
            <translation>La base de datos {location} se puede leer pero no escribir (archivo, carpeta o disco de solo lectura). aliorders necesita escribir en ella. Muévala a un lugar donde pueda escribir o cambie sus permisos.</translation>
        </message>
        <message>
            <source>The database {location} is busy: another program (perhaps a second aliorders window) is writing to it. Close that program and try again.</source>
            <translation>La base de datos {location} está ocupada: otro programa (quizá una segunda ventana de aliorders) está escribiendo en ella. Cierre ese programa e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The disk holding the database {location} is full. Nothing half-written was kept: free some space and sync again to fetch the rest.</source>
            <translation>El disco de la base de datos {location} está lleno. No se ha guardado nada a medias: libere espacio y vuelva a sincronizar para descargar el resto.</translation>
        </message>
        <message>
            <source>aliorders could not open or create the database {location} ({detail}). Check that the folder exists and that you may write to it, or for a server that it is running and the address is right.</source>
            <translation>aliorders no pudo abrir ni crear la base de datos {location} ({detail}). Compruebe que la carpeta existe y que puede escribir en ella o, si es un servidor, que está en marcha y la dirección es correcta.</translation>
        </message>
        <message>
            <source>The workspace server {location} cannot be reached ({detail}). Check the address, that the server is running, and your network connection.</source>
            <translation>No se puede conectar con el servidor del espacio de trabajo {location} ({detail}). Revise la dirección, que el servidor esté en marcha y su conexión de red.</translation>
        </message>
        <message>
            <source>The workspace server {location} refused the user name or password. Check them in Settings → Advanced → Database, or ask the workspace admin.</source>
            <translation>El servidor del espacio de trabajo {location} rechazó el usuario o la contraseña. Revíselos en Ajustes → Avanzado → Base de datos o consulte al administrador del espacio de trabajo.</translation>
        </message>
        <message>
            <source>The connection to the workspace server {location} was lost. Every page saved before that is kept and the page in flight was not saved: sync again to fetch the rest.</source>
            <translation>Se perdió la conexión con el servidor del espacio de trabajo {location}. Todas las páginas guardadas antes se conservan y la que estaba en curso no se guardó: vuelva a sincronizar para descargar el resto.</translation>
        </message>
        <message>
            <source>Your database user{user} may view but not sync or delete orders in the workspace {location}. Syncing is done by the workspace admin: ask them to sync, or to add your user to the aliorders_admin role.</source>
            <translation>Su usuario de base de datos{user} puede ver los pedidos del espacio de trabajo {location}, pero no sincronizarlos ni eliminarlos. La sincronización la hace el administrador del espacio de trabajo: pídale que sincronice o que añada su usuario al rol aliorders_admin.</translation>
        </message>
        <message>
            <source>The database user {user} may not read the workspace {location}. Ask the workspace admin to add it to the aliorders_viewer role (view) or aliorders_admin role (sync).</source>
            <translation>El usuario de base de datos {user} no puede leer el espacio de trabajo {location}. Pida al administrador del espacio de trabajo que lo añada al rol aliorders_viewer (ver) o aliorders_admin (sincronizar).</translation>
        </message>
        <message>
            <source>{location} holds no aliorders workspace yet, and your database user may not create one. The database owner sets it up with: aliorders workspace init --db URL</source>
            <translation>{location} aún no tiene un espacio de trabajo de aliorders y su usuario de base de datos no puede crearlo. El propietario de la base de datos lo crea con: aliorders workspace init --db URL</translation>
        </message>
        <message>
            <source>The workspace {location} was set up by an older version of aliorders (schema {found}); this version needs schema {needed}. Only whoever set up the workspace ({owner}) may upgrade it, by running this version of aliorders with: aliorders workspace init --db {address}. The orders in it stay as they are. Until then, use the older version.</source>
            <translation>El espacio de trabajo {location} lo creó una versión anterior de aliorders (esquema {found}); esta versión necesita el esquema {needed}. Solo quien lo creó ({owner}) puede actualizarlo, ejecutando esta versión de aliorders con: aliorders workspace init --db {address}. Sus pedidos quedan como están. Mientras tanto, use la versión anterior.</translation>
        </message>
        <message>
            <source>Another aliorders window or `aliorders sync` on this computer started syncing {location}</source>
            <translation>Otra ventana de aliorders o `aliorders sync` en este equipo empezó a sincronizar {location}</translation>
        </message>
        <message>
            <source>{user} started a sync</source>
            <translation>{user} inició una sincronización</translation>
        </message>
        <message>
            <source> at {started}</source>
            <translation> a las {started}</translation>
        </message>
        <message>
            <source>{who}{when}; wait for it to finish, then sync again.</source>
            <translation>{who}{when}; espere a que termine y vuelva a sincronizar.</translation>
        </message>
        <message>
            <source>aliorders did not send your password to the workspace server {location}: {reason}</source>
            <translation>aliorders no envió su contraseña al servidor del espacio de trabajo {location}: {reason}</translation>
        </message>
        <message>
            <source>The workspace {location} is not secured yet: {problem} Whoever set it up ({owner}) fixes this by running this version of aliorders with: aliorders workspace init --db {address}</source>
            <translation>El espacio de trabajo {location} aún no está protegido: {problem} Quien lo creó ({owner}) lo soluciona ejecutando esta versión de aliorders con: aliorders workspace init --db {address}</translation>
        </message>
        <message>
            <source>its schema version is missing</source>
            <translation>le falta la versión del esquema</translation>
        </message>
        <message>
            <source>Other database users ({roles}) may still create objects in the workspace's schema, where they could plant code that runs with an admin's rights; only a superuser can take that right back here. Ask one to run: {statement}</source>
            <translation>Otros usuarios de la base de datos ({roles}) aún pueden crear objetos en el esquema del espacio de trabajo, donde podrían colocar código que se ejecute con los permisos de un administrador; aquí solo un superusuario puede retirar ese permiso. Pida a uno que ejecute: {statement}</translation>
        </message>
        <message>
            <source>Setting up the workspace needs a PostgreSQL superuser, or the database owner with the CREATEROLE right ({detail}).</source>
            <translation>Para crear el espacio de trabajo hace falta un superusuario de PostgreSQL, o el propietario de la base de datos con el permiso CREATEROLE ({detail}).</translation>
        </message>
        <message>
            <source>it has no sync lock that only admins can take.</source>
            <translation>no tiene un bloqueo de sincronización que solo los administradores puedan tomar.</translation>
        </message>
        <message>
            <source>Another admin</source>
            <translation>Otro administrador</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This sync stopped without finishing: aliorders was closed or killed, or its connection to the database was lost. The orders it saved are kept; sync again to fetch the rest.</source>
            <translation>Esta sincronización se detuvo sin terminar: aliorders se cerró o se forzó su cierre, o se perdió su conexión con la base de datos. Los pedidos que guardó se conservan; vuelva a sincronizar para descargar el resto.</translation>
        </message>
        <message>
            <source>The connections to AliExpress stopped unexpectedly.</source>
            <translation>Las conexiones con AliExpress se interrumpieron inesperadamente.</translation>
        </message>
        <message>
            <source>{status} orders by {time_type}, {window}</source>
            <translation>pedidos «{status}» por {time_type}, {window}</translation>
        </message>
        <message numerus="yes">
            <source>{new} new, {updated} updated, {unchanged} unchanged in {seconds} s (%n pages)</source>
            <translation>
                <numerusform>nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged} en {seconds} s (%n página)</numerusform>
                <numerusform>nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged} en {seconds} s (%n páginas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n odd order(s) from AliExpress, see the log</source>
            <translation>
                <numerusform>; %n pedido inusual de AliExpress, consulte el registro</numerusform>
                <numerusform>; %n pedidos inusuales de AliExpress, consulte el registro</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled; kept what was fetched: {details}</source>
            <translation>Sincronización cancelada; se conserva lo descargado: {details}</translation>
        </message>
        <message>
            <source>Synced with problems: {details}. {problems}</source>
            <translation>Sincronización completada con problemas: {details}. {problems}</translation>
        </message>
        <message>
            <source>Synced {details}</source>
            <translation>Sincronización completada: {details}</translation>
        </message>
        <message>
            <source>AliExpress refused these queries, so they were not fetched: {queries}.</source>
            <translation>AliExpress rechazó estas consultas, así que no se descargaron: {queries}.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>AliExpress sent %n value(s) that could not be read or stored, so they were left empty or their order was skipped (the next sync tries again): {values}.</source>
            <translation>
                <numerusform>AliExpress envió %n valor que no se pudo leer ni guardar, así que quedó vacío o se omitió su pedido (la próxima sincronización lo intentará de nuevo): {values}.</numerusform>
                <numerusform>AliExpress envió %n valores que no se pudieron leer ni guardar, así que quedaron vacíos o se omitió su pedido (la próxima sincronización lo intentará de nuevo): {values}.</numerusform>
            </translation>
        </message>
        <message>
            <source>an order without a sub-order ID</source>
            <translation>un pedido sin ID de subpedido</translation>
        </message>
        <message>
            <source>sub-order {sub_order}</source>
            <translation>subpedido {sub_order}</translation>
        </message>
        <message>
            <source>sub-order {sub_order}, {field} “{value}”</source>
            <translation>subpedido {sub_order}, {field} «{value}»</translation>
        </message>
        <message>
            <source>The sync stopped on an unexpected problem ({problem}); the log has the details.</source>
            <translation>La sincronización se detuvo por un problema inesperado ({problem}); el registro tiene los detalles.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Imported orders: {new} new, {updated} updated, {unchanged} unchanged; {changes} status changes and {runs} sync runs copied.</source>
            <translation>Pedidos importados: nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}; cambios de estado copiados: {changes}, sincronizaciones copiadas: {runs}.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>no existe ese archivo</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>se requieren los siguientes argumentos: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un argumento</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignoró el argumento explícito %r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>no se puede abrir '%(filename)s': %(error)s</translation>
        </message>
    </context>
</TS>
