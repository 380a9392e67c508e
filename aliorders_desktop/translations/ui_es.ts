<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountNotes</name>
    <message>
        <location filename="../ui/settings/account_notes.py" line="+18"/>
        <source>You are exploring aliorders with &lt;b&gt;demo data&lt;/b&gt;: the account below is a demo account, and no real orders are read. To connect your own AliExpress account, leave demo mode, then come back to Settings → Account.</source>
        <translation>Estás explorando aliorders con &lt;b&gt;datos de demostración&lt;/b&gt;: la cuenta de abajo es de demostración y no se lee ningún pedido real. Para conectar tu propia cuenta de AliExpress, sal del modo de demostración y vuelve a Ajustes → Cuenta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These credentials come from the environment variables &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;, so they cannot be changed here. To change or remove them, edit those variables and restart aliorders.</source>
        <translation>Estas credenciales vienen de las variables de entorno &lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;, así que no se pueden cambiar aquí. Para cambiarlas o quitarlas, edita esas variables y reinicia aliorders.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;This computer has no usable system keyring&lt;/b&gt;, so aliorders cannot store the App Secret safely, and it will not write it to a file. You can:&lt;ul style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;set the environment variables &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; to your App Key and App Secret, then restart aliorders; or&lt;/li&gt;&lt;li&gt;enter them above and press &lt;b&gt;Save&lt;/b&gt;: they are kept &lt;b&gt;for this session only&lt;/b&gt;, in memory until aliorders quits, and you enter them again next time.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Este equipo no tiene un llavero del sistema utilizable&lt;/b&gt;, así que aliorders no puede guardar el App Secret de forma segura, y no lo escribirá en un archivo. Puedes:&lt;ul style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;definir las variables de entorno &lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt; con tu App Key y tu App Secret y reiniciar aliorders; o&lt;/li&gt;&lt;li&gt;introducirlos arriba y pulsar &lt;b&gt;Guardar&lt;/b&gt;: se conservan &lt;b&gt;solo durante esta sesión&lt;/b&gt;, en memoria hasta que cierres aliorders, y la próxima vez tendrás que volver a introducirlos.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/settings/account_page.py" line="+82"/>
        <source>aliorders downloads your orders with your AliExpress affiliate app&apos;s &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt;. You find both on the AliExpress Open Platform: &lt;i&gt;App Console → your affiliate app&lt;/i&gt;.</source>
        <translation>aliorders descarga tus pedidos con el &lt;b&gt;App Key&lt;/b&gt; y el &lt;b&gt;App Secret&lt;/b&gt; de tu aplicación de afiliado de AliExpress. Encontrarás ambos en AliExpress Open Platform: &lt;i&gt;App Console → tu aplicación de afiliado&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 34061046</source>
        <translation>p. ej., 34061046</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Show or hide the App Secret</source>
        <translation>Mostrar u ocultar el App Secret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App &amp;Secret:</source>
        <translation>App &amp;Secret:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The App Secret is kept in your system keyring (like your browser&apos;s saved passwords), never in files or logs.</source>
        <translation>El App Secret se guarda en el llavero del sistema (como las contraseñas guardadas del navegador), nunca en archivos ni registros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>App &amp;Key:</source>
        <translation>App &amp;Key:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask AliExpress whether it accepts this App Key and App Secret</source>
        <translation>Preguntar a AliExpress si acepta este App Key y este App Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the App Key and App Secret from this computer</source>
        <translation>Quitar el App Key y el App Secret de este equipo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo account: App Key %1 (demo data, not a real AliExpress account).</source>
        <translation>Cuenta de demostración: App Key %1 (datos de demostración, no una cuenta real de AliExpress).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected: App Key %1, from environment variables %2 and %3.</source>
        <translation>Conectado: App Key %1, de las variables de entorno %2 y %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected. Enter your App Key and App Secret, then Save.</source>
        <translation>Sin conectar. Introduce tu App Key y tu App Secret y pulsa Guardar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: App Key %1, stored in the system keyring.</source>
        <translation>Conectado: App Key %1, guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: App Key %1, for this session only (forgotten when aliorders quits).</source>
        <translation>Conectado: App Key %1, solo en esta sesión (se olvida al cerrar aliorders).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the App Key and the App Secret first.</source>
        <translation>Introduce primero el App Key y el App Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the App Key first.</source>
        <translation>Introduce primero el App Key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the App Secret first.</source>
        <translation>Introduce primero el App Secret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using these credentials until aliorders quits. Nothing was written to disk.</source>
        <translation>Se usarán estas credenciales hasta que cierres aliorders. No se escribió nada en el disco.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AliExpress accepted the App Key and App Secret. Save keeps them in the system keyring.</source>
        <translation>AliExpress aceptó el App Key y el App Secret. Pulsa Guardar para conservarlos en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliExpress accepted the App Key and App Secret, but this computer has no keyring to keep them: they last until you quit aliorders.</source>
        <translation>AliExpress aceptó el App Key y el App Secret, pero este equipo no tiene un llavero donde guardarlos: duran hasta que cierres aliorders.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnect from AliExpress?</source>
        <translation>¿Desconectar de AliExpress?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the App Key and App Secret from this computer?

Orders already downloaded stay. To sync again you will need to enter the App Key and App Secret again.</source>
        <translation>¿Quitar el App Key y el App Secret de este equipo?

Los pedidos ya descargados se quedan. Para volver a sincronizar tendrás que introducir de nuevo el App Key y el App Secret.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not disconnect. %1</source>
        <translation>No se pudo desconectar. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected. The App Key and App Secret were removed from this computer.</source>
        <translation>Desconectado. Se quitaron el App Key y el App Secret de este equipo.</translation>
    </message>
</context>
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../ui/settings/advanced_page.py" line="+70"/>
        <source>Note: %1 is set in the environment and takes precedence over what you choose here.</source>
        <translation>Nota: %1 está definida en el entorno y tiene prioridad sobre lo que elijas aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1 and %2 are set in the environment and take precedence over what you choose here.</source>
        <translation>Nota: %1 y %2 están definidas en el entorno y tienen prioridad sobre lo que elijas aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection to AliExpress</source>
        <translation>Conexión con AliExpress</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Gateway address:</source>
        <translation>Dirección del &amp;gateway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;time zone:</source>
        <translation>&amp;Zona horaria de la API:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave empty to use the standard AliExpress address. Change it only if AliExpress tells you to.</source>
        <translation>Déjalo vacío para usar la dirección estándar de AliExpress. Cámbiala solo si AliExpress te lo indica.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AliExpress documents its order times as “PST”. This setting only changes how date ranges are sent to AliExpress and how the times it returns are read.</source>
        <translation>AliExpress documenta las horas de sus pedidos como «PST». Este ajuste solo cambia cómo se envían los rangos de fechas a AliExpress y cómo se leen las horas que devuelve.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved. %1</source>
        <translation>No se guardó. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not save the settings: %1.</source>
        <translation>No se pudieron guardar los ajustes: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. aliorders switches to the workspace from the next start outside demo mode. Your local file stays at %1: choose it here again to switch back.</source>
        <translation>Guardado. aliorders pasará al espacio de trabajo la próxima vez que se inicie fuera del modo de demostración. Tu archivo local sigue en %1: elígelo aquí de nuevo para volver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. aliorders switches to the workspace when you close Settings. Your local file stays at %1: choose it here again to switch back.</source>
        <translation>Guardado. aliorders pasará al espacio de trabajo cuando cierres Ajustes. Tu archivo local sigue en %1: elígelo aquí de nuevo para volver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. aliorders switches to this database from the next start outside demo mode.</source>
        <translation>Guardado. aliorders pasará a esta base de datos la próxima vez que se inicie fuera del modo de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. aliorders switches to this database when you close Settings.</source>
        <translation>Guardado. aliorders pasará a esta base de datos cuando cierres Ajustes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="+89"/>
        <source>aliorders cannot open its database</source>
        <translation>aliorders no puede abrir su base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can set the file aside (it is renamed, not deleted) and start a new, empty database; a sync then fetches your orders again.</source>
        <translation>Puedes apartar el archivo (se renombra, no se borra) y empezar con una base de datos nueva y vacía; después, una sincronización vuelve a traer tus pedidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set aside and start fresh</source>
        <translation>Apartar y empezar de cero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old file was kept as %1.</source>
        <translation>El archivo anterior se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../ui/session.py" line="+84"/>
        <source>The new database is opened at the next start.</source>
        <translation>La nueva base de datos se abrirá en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>aliorders cannot open that database</source>
        <translation>aliorders no puede abrir esa base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aliorders stays on %1.</source>
        <translation>aliorders sigue con %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Switch databases</source>
        <translation>Cambiar de base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync or an export is running. Switching databases now stops it; every page a sync has saved so far is kept.

Switch now?</source>
        <translation>Hay una sincronización o una exportación en curso. Cambiar de base de datos ahora la detiene; se conservan todas las páginas que la sincronización ya guardó.

¿Cambiar ahora?</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <location filename="../ui/tray.py" line="+30"/>
        <source>Today: no orders yet</source>
        <translation>Hoy: aún no hay pedidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open aliorders</source>
        <translation>Abrir aliorders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause auto-sync</source>
        <translation>Pausar la sincronización automática</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit aliorders</source>
        <translation>Salir de aliorders</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../ui/settings/appearance_page.py" line="+31"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Follow the system” picks light or dark to match your computer.</source>
        <translation>«Seguir al sistema» elige claro u oscuro según tu equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect when aliorders restarts.</source>
        <translation>Se aplica cuando aliorders se reinicia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the settings: %1.</source>
        <translation>No se pudieron guardar los ajustes: %1.</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <location filename="../ui/insights/breakdown.py" line="+35"/>
        <source>No sub ID: the link carried no custom parameters. Add a sub ID to links (letters, digits, _ - .) to see which placement converts.</source>
        <translation>Sin sub ID: el enlace no llevaba parámetros personalizados. Añade un sub ID a los enlaces (letras, cifras, _ - .) para ver qué ubicación convierte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer orders (checkouts); one order can hold several products</source>
        <translation>Pedidos de compradores (compras); un pedido puede tener varios productos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-orders</source>
        <translation>Subpedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line items: one per product bought</source>
        <translation>Líneas: una por producto comprado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What buyers paid, Invalid orders included</source>
        <translation>Lo que pagaron los compradores, pedidos no válidos incluidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsettled</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission not settled yet, still an estimate (Payment Completed, Buyer Confirmed Receipt)</source>
        <translation>Comisión aún no confirmada, todavía estimada (Pagado, Recibido por el comprador)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final commission of Completed Settlement orders</source>
        <translation>Comisión final de los pedidos Confirmados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>No válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled)</source>
        <translation>Proporción de subpedidos que pasaron a No válido (reembolsados, cancelados, marcados o nunca confirmados)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average commission rate of these sub-orders</source>
        <translation>Tasa de comisión media de estos subpedidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of all the commission (estimated and settled) in this range</source>
        <translation>Proporción de toda la comisión (estimada y confirmada) en este periodo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sub ID</source>
        <translation>Sub ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to country</source>
        <translation>País de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or returning buyer</source>
        <translation>Comprador nuevo o recurrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Hot product</source>
        <translation>Producto destacado</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tracking ID the buyer&apos;s click carried</source>
        <translation>El Tracking ID que llevaba el clic del comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custom parameters (sub IDs) the link carried</source>
        <translation>Los parámetros personalizados (sub ID) que llevaba el enlace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New buyer</source>
        <translation>Comprador nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning buyer</source>
        <translation>Comprador recurrente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular product</source>
        <translation>Producto normal</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no tracking ID)</source>
        <translation>(sin Tracking ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no sub ID)</source>
        <translation>(sin sub ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tracking ID: %1</source>
        <translation>Tracking ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub ID: %1</source>
        <translation>Sub ID: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to show these orders in the table.</source>
        <translation>Haz clic para ver estos pedidos en la tabla.</translation>
    </message>
</context>
<context>
    <name>ChangeNotifier</name>
    <message numerus="yes">
        <location filename="../ui/change_notice.py" line="+140"/>
        <source>%n new order(s) · %1</source>
        <translation>
            <numerusform>%n pedido nuevo · %1</numerusform>
            <numerusform>%n pedidos nuevos · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) settled · %1</source>
        <translation>
            <numerusform>%n pedido confirmado · %1</numerusform>
            <numerusform>%n pedidos confirmados · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) became Invalid · %1 lost</source>
        <translation>
            <numerusform>%n pedido pasó a No válido · se pierden %1</numerusform>
            <numerusform>%n pedidos pasaron a No válido · se pierden %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the sync changed: %1</source>
        <translation>Qué cambió la sincronización: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the sync changed</source>
        <translation>Qué cambió la sincronización</translation>
    </message>
</context>
<context>
    <name>ChangesChip</name>
    <message>
        <location filename="../ui/main_window/changes_chip.py" line="+30"/>
        <source>Show all orders ✕</source>
        <translation>Ver todos los pedidos ✕</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing: orders new in the last sync, whenever paid.</source>
        <translation>Mostrando: pedidos nuevos en la última sincronización, sin importar cuándo se pagaron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync found settled, whenever paid.</source>
        <translation>Mostrando: pedidos que la última sincronización encontró confirmados, sin importar cuándo se pagaron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders that became Invalid in the last sync, whenever paid.</source>
        <translation>Mostrando: pedidos que pasaron a No válido en la última sincronización, sin importar cuándo se pagaron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync&apos;s notification spoke of, whenever paid.</source>
        <translation>Mostrando: pedidos del aviso de la última sincronización, sin importar cuándo se pagaron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync added or changed, whenever paid.</source>
        <translation>Mostrando: pedidos que la última sincronización añadió o cambió, sin importar cuándo se pagaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates do not apply.</source>
        <translation>Las fechas no se aplican.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/columns.py" line="+16"/>
        <source>No tracking ID: the buyer&apos;s click carried no tracking tag. Tracking was off for that post or link when it was published (it does not back-fill), the post fell back to a default link, or the buyer used an old or external link. The order still earns commission.</source>
        <translation>Sin Tracking ID: el clic del comprador no llevaba etiqueta de seguimiento. El seguimiento estaba desactivado en esa publicación o enlace cuando se publicó (no se aplica con efecto retroactivo), la publicación usó un enlace predeterminado o el comprador usó un enlace antiguo o externo. El pedido sigue generando comisión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— none</source>
        <translation>— ninguna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid: this order earns no commission (refunded, cancelled, flagged or never settled).</source>
        <translation>No válido: este pedido no genera comisión (reembolsado, cancelado, marcado o nunca confirmado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final: the commission was settled and paid into your balance.</source>
        <translation>Final: la comisión se confirmó y se abonó en tu saldo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: the commission becomes final when AliExpress settles the order.</source>
        <translation>Estimada: la comisión será final cuando AliExpress confirme el pedido.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-order ID</source>
        <translation>ID de subpedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid amount</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Est. at payment</source>
        <translation>Estim. al pagar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At completion</source>
        <translation>Al completar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub ID / parameters</source>
        <translation>Sub ID / parámetros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product ID</source>
        <translation>ID de producto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled</source>
        <translation>Confirmado</translation>
    </message>
</context>
<context>
    <name>CommissionChart</name>
    <message>
        <location filename="../ui/insights/chart.py" line="+38"/>
        <source>Settled</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsettled</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost (Invalid)</source>
        <translation>Perdida (no válidos)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Commission over time</source>
        <translation>Comisión a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per day (%1)</source>
        <translation>Comisión por día (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission per week (%1)</source>
        <translation>Comisión por semana (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission per month (%1)</source>
        <translation>Comisión por mes (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln sub-order(s)</source>
        <translation>
            <numerusform>%Ln subpedido</numerusform>
            <numerusform>%Ln subpedidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No commission in this range</source>
        <translation>No hay comisión en este periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in this range</source>
        <translation>No hay pedidos en este periodo</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../ui/settings/connection_test.py" line="+23"/>
        <source>Connected — AliExpress accepted the App Key and App Secret.</source>
        <translation>Conectado: AliExpress aceptó el App Key y el App Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking AliExpress…</source>
        <translation>Preguntando a AliExpress…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The test failed unexpectedly (%1). Try again.</source>
        <translation>La prueba falló de forma inesperada (%1). Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the App Key and App Secret again from App Console → your affiliate app, paste them above, and test again.</source>
        <translation>Vuelve a copiar el App Key y el App Secret desde App Console → tu aplicación de afiliado, pégalos arriba y prueba de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in the AliExpress affiliate portal that this app may read orders, then test again.</source>
        <translation>Comprueba en el portal de afiliados de AliExpress que esta aplicación puede leer pedidos y vuelve a probar.</translation>
    </message>
</context>
<context>
    <name>CoverageNotice</name>
    <message>
        <location filename="../ui/coverage_notice.py" line="+32"/>
        <source>Sync them</source>
        <translation>Sincronizarlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch exactly these days from AliExpress</source>
        <translation>Descargar de AliExpress exactamente estos días</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../ui/settings/database_group.py" line="+44"/>
        <source>Enter the workspace address, starting with postgresql://</source>
        <translation>Introduce la dirección del espacio de trabajo, que empieza por postgresql://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the password in the Password field (kept in the system keyring), not in the address.</source>
        <translation>Pon la contraseña en el campo Contraseña (se guarda en el llavero del sistema), no en la dirección.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;archivo en este equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team &amp;workspace on a PostgreSQL server</source>
        <translation>Un espacio de &amp;trabajo de equipo en un servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>T&amp;est connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where your orders are kept on this computer. Leave empty for the default place.</source>
        <translation>Dónde se guardan tus pedidos en este equipo. Déjalo vacío para usar la ubicación predeterminada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your workspace admin gives you this address, your user name and a password. Your local file stays where it is: you can switch back at any time.</source>
        <translation>El administrador del espacio de trabajo te da esta dirección, tu nombre de usuario y una contraseña. Tu archivo local se queda donde está: puedes volver a él cuando quieras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(saved in the system keyring)</source>
        <translation>(guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to keep your orders</source>
        <translation>Dónde guardar tus pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order databases (*.db);;All files (*)</source>
        <translation>Bases de datos de pedidos (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved. %1</source>
        <translation>No se guardó. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test failed unexpectedly (%1).</source>
        <translation>La prueba falló de forma inesperada (%1).</translation>
    </message>
</context>
<context>
    <name>DateBasis</name>
    <message>
        <location filename="../ui/date_basis.py" line="+19"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Confirmado</translation>
    </message>
</context>
<context>
    <name>DateBasisBox</name>
    <message>
        <location line="+22"/>
        <source>Which day of each order the date range is on:
Paid: the day the buyer paid.
Confirmed: the day the buyer confirmed receipt.
Settled: the day AliExpress settled the commission into your balance.
An order that has no such day yet (not confirmed or not settled) is outside every range on that basis; “All time” shows it.</source>
        <translation>Qué día de cada pedido usa el periodo:
Pagado: el día en que pagó el comprador.
Recibido: el día en que el comprador confirmó la recepción.
Confirmado: el día en que AliExpress confirmó la comisión y la abonó en tu saldo.
Un pedido que aún no tiene ese día (no recibido o no confirmado) queda fuera de todo periodo con esta opción; «Todo el tiempo» lo muestra.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../ui/date_range.py" line="+47"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <location line="+126"/>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders are shown by the day the buyer paid (your local time).</source>
        <translation>Los pedidos se muestran por el día en que pagó el comprador (tu hora local).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of the range (included)</source>
        <translation>Primer día del periodo (incluido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range (included)</source>
        <translation>Último día del periodo (incluido)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The first day (%1) is after the last day (%2): the dates were not applied.</source>
        <translation>El primer día (%1) es posterior al último (%2): no se aplicaron las fechas.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <location filename="../ui/row_actions.py" line="+81"/>
        <source>Delete orders</source>
        <translation>Eliminar pedidos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln sub-order(s) of %1 from this computer?</source>
        <translation>
            <numerusform>¿Eliminar %Ln subpedido de %1 de este equipo?</numerusform>
            <numerusform>¿Eliminar %Ln subpedidos de %1 de este equipo?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Order %1: %2 (%3)</source>
        <translation>• Pedido %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This only removes them from aliorders. If the orders still exist on AliExpress, a later sync of the same dates brings them back. Use it for duplicates or test rows.</source>
        <translation>Solo se quitan de aliorders. Si los pedidos siguen existiendo en AliExpress, una sincronización posterior de las mismas fechas los trae de vuelta. Úsalo para duplicados o filas de prueba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <location filename="../ui/settings/desktop_page.py" line="+37"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncs go on in the background. Quit from the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>Las sincronizaciones siguen en segundo plano. Sal desde el menú del icono de la bandeja o con Archivo ▸ Salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop shows no tray icons, so closing the window quits aliorders.</source>
        <translation>Este escritorio no muestra iconos en la bandeja, así que cerrar la ventana cierra aliorders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start aliorders when I log in</source>
        <translation>&amp;Iniciar aliorders al iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New orders, with their estimated commission</source>
        <translation>Pedidos &amp;nuevos, con su comisión estimada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders &amp;settled: their commission is confirmed</source>
        <translation>Pedidos &amp;confirmados: su comisión queda confirmada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders that became &amp;Invalid: their commission is lost</source>
        <translation>Pedidos que pasaron a No &amp;válido: su comisión se pierde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After each sync, tell me about</source>
        <translation>Después de cada sincronización, avisarme de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One message per sync, shown by the tray icon; click it to see those orders.</source>
        <translation>Un mensaje por sincronización, en el icono de la bandeja; haz clic en él para ver esos pedidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The messages are shown by the tray icon, which this desktop does not have.</source>
        <translation>Los mensajes los muestra el icono de la bandeja, que este escritorio no tiene.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start at login could not be changed: %1</source>
        <translation>No se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>EarningsStrip</name>
    <message>
        <location filename="../ui/earnings_strip.py" line="+94"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission per period, per currency, in your local days.
Earned: the commission of the orders paid in the period; “≈” = estimate until settled; Invalid orders earn nothing.
Landed: the commission settled in the period, by settlement date: what reached your balance.
Click a figure to show its orders (it sets the date range).</source>
        <translation>Comisión por periodo y por moneda, en tus días locales.
Ganado: la comisión de los pedidos pagados en el periodo; «≈» = estimada hasta que se confirme; los pedidos no válidos no generan nada.
Acreditado: la comisión confirmada en el periodo, por fecha de confirmación: lo que llegó a tu saldo.
Haz clic en una cifra para ver sus pedidos (cambia el periodo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commission of the orders paid in “%1” (your local days), per currency: “≈” = estimate until settled; Invalid orders earn nothing.
Click to show these orders: sets the range to “%1” by payment date.</source>
        <translation>Comisión de los pedidos pagados en «%1» (tus días locales), por moneda: «≈» = estimada hasta que se confirme; los pedidos no válidos no generan nada.
Haz clic para ver estos pedidos: pone el periodo en «%1» por fecha de pago.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commission settled in “%1” (your local days, by settlement date), per currency: final, in your balance.
Click to show these orders: sets the range to “%1” by settlement date.</source>
        <translation>Comisión confirmada en «%1» (tus días locales, por fecha de confirmación), por moneda: definitiva, ya en tu saldo.
Haz clic para ver estos pedidos: pone el periodo en «%1» por fecha de confirmación.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>earned</source>
        <translation>ganado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>landed</source>
        <translation>acreditado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be added up</source>
        <translation>no se pudo calcular</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>≈ %1 %2</source>
        <translation>≈ %1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no orders</source>
        <translation>sin pedidos</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../ui/empty_state.py" line="+8"/>
        <source>&lt;h2&gt;Connect your AliExpress affiliate account&lt;/h2&gt;&lt;p&gt;aliorders keeps every order your links earned on this computer, so you can filter, total and export years of orders instantly, even offline.&lt;/p&gt;&lt;p&gt;You need the &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt; of your affiliate app (AliExpress Open Platform → App Console). The secret is kept in your system&apos;s keyring, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Conecta tu cuenta de afiliado de AliExpress&lt;/h2&gt;&lt;p&gt;aliorders guarda en este equipo todos los pedidos que generaron tus enlaces, para que puedas filtrar, totalizar y exportar años de pedidos al instante, incluso sin conexión.&lt;/p&gt;&lt;p&gt;Necesitas el &lt;b&gt;App Key&lt;/b&gt; y el &lt;b&gt;App Secret&lt;/b&gt; de tu aplicación de afiliado (AliExpress Open Platform → App Console). El secreto se guarda en el llavero del sistema, nunca en un archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;No orders to show&lt;/h2&gt;&lt;p&gt;If you know this range had sales:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Did you Sync?&lt;/b&gt; Refresh only re-reads what is stored; Sync fetches from AliExpress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Is the range right?&lt;/b&gt; It starts on &lt;i&gt;Today&lt;/i&gt;; orders are dated by payment day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Are filters set?&lt;/b&gt; An old Order ID, Tracking ID or Product ID hides everything else.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Brand-new orders&lt;/b&gt; can take a few hours to appear at AliExpress.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;No hay pedidos que mostrar&lt;/h2&gt;&lt;p&gt;Si sabes que en este periodo hubo ventas:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;¿Sincronizaste?&lt;/b&gt; Actualizar solo vuelve a leer lo guardado; Sincronizar trae los datos de AliExpress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;¿Es correcto el periodo?&lt;/b&gt; Empieza en &lt;i&gt;Hoy&lt;/i&gt;; los pedidos se fechan por el día de pago.&lt;/li&gt;&lt;li&gt;&lt;b&gt;¿Hay filtros puestos?&lt;/b&gt; Un ID de pedido, Tracking ID o ID de producto antiguo oculta todo lo demás.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Los pedidos muy recientes&lt;/b&gt; pueden tardar unas horas en aparecer en AliExpress.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connect AliExpress…</source>
        <translation>Conectar AliExpress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore demo data</source>
        <translation>Ver datos de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync this range</source>
        <translation>Sincronizar este periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/main_window/error_text.py" line="+26"/>
        <source>Unexpected error: %1.</source>
        <translation>Error inesperado: %1.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/main_window/export_controller.py" line="+24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel, long IDs kept as text (*.csv)</source>
        <translation>CSV para Excel, ID largos como texto (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook in English, for scripts (*.xlsx)</source>
        <translation>Libro de Excel en inglés, para scripts (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with English column titles, for scripts (*.csv)</source>
        <translation>CSV con títulos de columna en inglés, para scripts (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Export %Ln filtered order(s)</source>
        <translation>
            <numerusform>Exportar %Ln pedido filtrado</numerusform>
            <numerusform>Exportar %Ln pedidos filtrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Exportando… %Ln fila escrita</numerusform>
            <numerusform>Exportando… %Ln filas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="+188"/>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order ID (whole, or its first digits)</source>
        <translation>ID de pedido (completo o sus primeras cifras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking ID, or how it starts</source>
        <translation>Tracking ID, o cómo empieza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product ID</source>
        <translation>ID de producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID (whole, or its first digits)</source>
        <translation>ID de producto (completo o sus primeras cifras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub ID</source>
        <translation>Sub ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub ID: key=value, or a value under any key</source>
        <translation>Sub ID: clave=valor, o un valor con cualquier clave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tracking ID</source>
        <translation>Sin Tracking ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders whose click carried no tracking tag</source>
        <translation>Solo pedidos cuyo clic no llevaba etiqueta de seguimiento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only orders whose link carried exactly this sub ID; click to remove it</source>
        <translation>Solo pedidos cuyo enlace llevaba exactamente este sub ID; haz clic para quitarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the orders of this Insights breakdown row; click to remove it</source>
        <translation>Solo los pedidos de esta fila del desglose de Estadísticas; haz clic para quitarlo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders settled in this currency, as the Insights row counted them; click to remove it</source>
        <translation>Solo pedidos liquidados en esta moneda, como los contó la fila de Estadísticas; haz clic para quitarlo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the ID boxes, statuses, “no tracking ID” and the sub ID (Esc)</source>
        <translation>Borrar las casillas de ID, los estados, «Sin Tracking ID» y el sub ID (Esc)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Orders are shown by the day the buyer paid (your local time).</source>
        <translation>Los pedidos se muestran por el día en que pagó el comprador (tu hora local).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders are shown by the day the buyer confirmed receipt (your local time); orders not confirmed yet are outside every range.</source>
        <translation>Los pedidos se muestran por el día en que el comprador confirmó la recepción (tu hora local); los pedidos aún no recibidos quedan fuera de todo periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders are shown by the day their commission was settled (your local time); orders not settled yet are outside every range.</source>
        <translation>Los pedidos se muestran por el día en que se confirmó su comisión (tu hora local); los pedidos aún no confirmados quedan fuera de todo periodo.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub ID: %1</source>
        <translation>Sub ID: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>New in last sync (%n)</source>
        <translation>
            <numerusform>Nuevos (%n)</numerusform>
            <numerusform>Nuevos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Settled in last sync (%n)</source>
        <translation>
            <numerusform>Confirmados (%n)</numerusform>
            <numerusform>Confirmados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Invalid in last sync (%n)</source>
        <translation>
            <numerusform>No válidos (%n)</numerusform>
            <numerusform>No válidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Notified from last sync (%n)</source>
        <translation>
            <numerusform>Del aviso (%n)</numerusform>
            <numerusform>Del aviso (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed in last sync (%n)</source>
        <translation>
            <numerusform>Cambiados (%n)</numerusform>
            <numerusform>Cambiados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The orders the last sync added or whose status it changed, whenever they were paid: new: %1, settled: %2, became Invalid: %3, changed otherwise: %4. Click again to show all orders.</source>
        <translation>Los pedidos que la última sincronización añadió o cuyo estado cambió, sin importar cuándo se pagaron: nuevos: %1, confirmados: %2, pasaron a No válido: %3, con otros cambios: %4. Haz clic de nuevo para ver todos los pedidos.</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../ui/first_sync.py" line="+43"/>
        <source>First sync</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account is connected. How much of your order history should aliorders fetch now? Later syncs keep it up to date by themselves.</source>
        <translation>Tu cuenta está conectada. ¿Cuánto de tu historial de pedidos debe descargar aliorders ahora? Las siguientes sincronizaciones lo mantendrán al día por sí solas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last 90 days</source>
        <translation>Los últimos 90 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year (since %1)</source>
        <translation>Este año (desde %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything since</source>
        <translation>Todo desde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 – %2: at least %3 calls to AliExpress, one more for every further page of 50 orders. AliExpress limits how fast they may come, so a long history takes a while; you can use aliorders meanwhile.</source>
        <translation>%1 – %2. Llamadas a AliExpress: al menos %3, y una más por cada página adicional de 50 pedidos. AliExpress limita la frecuencia de las llamadas, así que un historial largo tarda un rato; mientras tanto puedes usar aliorders.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../ui/insights/headline.py" line="+36"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer orders (checkouts) paid in the range. One order can hold several products (sub-orders).</source>
        <translation>Pedidos de compradores (compras) pagados en el periodo. Un pedido puede tener varios productos (subpedidos).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid by buyers</source>
        <translation>Pagado por compradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What buyers paid for the products your links sold, Invalid orders included.</source>
        <translation>Lo que pagaron los compradores por los productos que vendieron tus enlaces, pedidos no válidos incluidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsettled commission</source>
        <translation>Comisión estimada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission not settled yet, so still an estimate (≈): orders in Payment Completed or Buyer Confirmed Receipt. Settled commission is counted on its own.</source>
        <translation>Comisión aún no confirmada y, por tanto, todavía estimada (≈): pedidos en Pagado o Recibido por el comprador. La comisión confirmada se cuenta aparte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settled commission</source>
        <translation>Comisión confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final commission of Completed Settlement orders, paid into your balance.</source>
        <translation>Comisión final de los pedidos Confirmados, abonada en tu saldo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid</source>
        <translation>No válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled).</source>
        <translation>Proporción de subpedidos que pasaron a No válido (reembolsados, cancelados, marcados o nunca confirmados).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 pt</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../ui/insights/view.py" line="+362"/>
        <source>no earlier period to compare</source>
        <translation>no hay un periodo anterior para comparar</translation>
    </message>
    <message>
        <location filename="../ui/insights/headline.py" line="+66"/>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sub-order(s)</source>
        <translation>
            <numerusform>%Ln subpedido</numerusform>
            <numerusform>%Ln subpedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln Invalid sub-order(s); they had been estimated to earn %1</source>
        <translation>
            <numerusform>%Ln subpedido no válido; se estimaba que generaría %1</numerusform>
            <numerusform>%Ln subpedidos no válidos; se estimaba que generarían %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../ui/insights/view.py" line="-199"/>
        <source>Insights show one settlement currency at a time; amounts are never mixed</source>
        <translation>Las estadísticas muestran una moneda de liquidación a la vez; los importes nunca se mezclan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders as they were before you clicked a row below</source>
        <translation>Mostrar los pedidos como estaban antes de hacer clic en una fila de abajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What grew or fell most in the right-hand table, against the period before</source>
        <translation>Lo que más creció o cayó en la tabla de la derecha frente al periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Save chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the commission chart as it looks now to a PNG image</source>
        <translation>Guardar el gráfico de comisión tal como se ve ahora en una imagen PNG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the table on the right groups the orders by</source>
        <translation>Por qué agrupa los pedidos la tabla de la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown by:</source>
        <translation>Desglose por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export breakdown…</source>
        <translation>Exportar desglose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table on the right as a CSV file or an Excel workbook</source>
        <translation>Guardar la tabla de la derecha como archivo CSV o libro de Excel</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Insights could not be computed: %1</source>
        <translation>No se pudieron calcular las estadísticas: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>▲▼ compared with %1</source>
        <translation>▲▼ comparado con %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grew most: %1</source>
        <translation>Mayor subida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fell most: %1</source>
        <translation>Mayor caída: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting %1 only: %2 of the %3 sub-orders the filters select. Other currencies: %4 (choose one above).</source>
        <translation>Solo se cuenta %1: %2 de los %3 subpedidos que seleccionan los filtros. Otras monedas: %4 (elige una arriba).</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 – %2 (the %Ln day(s) before)</source>
        <translation>
            <numerusform>%1 – %2 (el día anterior)</numerusform>
            <numerusform>%1 – %2 (los %Ln días anteriores)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;By Tracking ID&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por Tracking ID&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> — the %Ln that earn most</source>
        <translation>
            <numerusform> — el que más genera</numerusform>
            <numerusform> — los %Ln que más generan</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source> · click a row to see its orders</source>
        <translation> · haz clic en una fila para ver sus pedidos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sub IDs (custom parameters)</source>
        <translation>Sub ID (parámetros)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Sub ID %1</source>
        <translation>Sub ID %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>(plain text)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to country</source>
        <translation>País de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or returning buyer</source>
        <translation>Comprador nuevo o recurrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot product</source>
        <translation>Producto destacado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export breakdown</source>
        <translation>Exportar desglose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window/window.py" line="+60"/>
        <source>aliorders — demo data</source>
        <translation>aliorders — datos de demostración</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission over time and by tracking ID and sub ID, for the same filters and dates</source>
        <translation>Comisión a lo largo del tiempo y por Tracking ID y sub ID, con los mismos filtros y fechas</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The AliExpress account (App Key %1) was kept for the last session only, so aliorders is not connected now and auto-sync is off. Enter the App Key and App Secret again in Settings → Account.</source>
        <translation>La cuenta de AliExpress (App Key %1) se guardó solo para la sesión anterior, así que aliorders no está conectado ahora y la sincronización automática está desactivada. Vuelve a introducir el App Key y el App Secret en Ajustes → Cuenta.</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Deleted %Ln sub-order(s).</source>
        <translation>
            <numerusform>Se eliminó %Ln subpedido.</numerusform>
            <numerusform>Se eliminaron %Ln subpedidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/banner.py" line="+25"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../ui/order_details.py" line="+54"/>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-order ID</source>
        <translation>ID de subpedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid amount</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished amount</source>
        <translation>Importe al completar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated at payment</source>
        <translation>Estimada al pagar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated at completion</source>
        <translation>Estimada al completar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New buyer bonus</source>
        <translation>Bono por nuevo comprador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commission rate</source>
        <translation>Tasa de comisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub ID</source>
        <translation>Sub ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product ID</source>
        <translation>ID de producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category ID</source>
        <translation>ID de categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Envío a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer confirmed</source>
        <translation>Recibido por el comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New buyer</source>
        <translation>Comprador nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot product</source>
        <translation>Producto destacado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affiliate product</source>
        <translation>Producto de afiliado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detail status</source>
        <translation>Estado detallado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First synced</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seen by a sync on %1</source>
        <translation>visto por una sincronización el %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date from AliExpress; not seen by a sync</source>
        <translation>fecha de AliExpress; ninguna sincronización lo vio</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same checkout</source>
        <translation>Misma compra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All fields</source>
        <translation>Todos los campos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an order to see all its details, the other products of its checkout and its status history.</source>
        <translation>Selecciona un pedido para ver todos sus detalles, los demás productos de la misma compra y su historial de estados.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+33"/>
        <source>Product %1</source>
        <translation>Producto %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the product page</source>
        <translation>Abrir la página del producto</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Order %1 has %Ln product(s); each is its own row with its own status and commission.</source>
        <translation>
            <numerusform>El pedido %1 tiene %Ln producto; cada uno es su propia fila, con su propio estado y comisión.</numerusform>
            <numerusform>El pedido %1 tiene %Ln productos; cada uno es su propia fila, con su propio estado y comisión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this row</source>
        <translation>esta fila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-order %1</source>
        <translation>Subpedido %1</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message numerus="yes">
        <location filename="../ui/orders_model.py" line="+181"/>
        <source>One checkout with %n products: each product is its own row (sub-order) with its own status and commission. Right-click → Show all sub-orders.</source>
        <translation>
            <numerusform>Una compra con %n producto: cada producto es su propia fila (subpedido), con su propio estado y comisión. Clic derecho → Mostrar todos los subpedidos.</numerusform>
            <numerusform>Una compra con %n productos: cada producto es su propia fila (subpedido), con su propio estado y comisión. Clic derecho → Mostrar todos los subpedidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../ui/insights/pipeline.py" line="+78"/>
        <source>&lt;b&gt;Pipeline&lt;/b&gt;: ≈ commission not settled yet, by days since payment</source>
        <translation>&lt;b&gt;Pendiente&lt;/b&gt;: ≈ comisión aún no confirmada, por días desde el pago</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every Payment Completed and Buyer Confirmed Receipt order, whatever the dates chosen above, by local days since payment (0–30, 31–60, 61–90, over 90). “≈” = estimate until settled. Click a figure to show its orders.</source>
        <translation>Todos los pedidos en Pagado y Recibido por el comprador, sean cuales sean las fechas elegidas arriba, por días locales desde el pago (0–30, 31–60, 61–90, más de 90). «≈» = estimada hasta que se confirme. Haz clic en una cifra para ver sus pedidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Expected to land&lt;/b&gt; ≈</source>
        <translation>&lt;b&gt;Acreditación prevista&lt;/b&gt; ≈</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding up…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The pipeline could not be added up: %1</source>
        <translation>No se pudo calcular la comisión pendiente: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 sub-orders, %2, paid %3 days ago: click to show them</source>
        <translation>Subpedidos: %1, %2, pagados hace %3 días: haz clic para verlos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (rest)</source>
        <translation>%1 (resto)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to show the unsettled orders whose typical settlement day falls in this month</source>
        <translation>Haz clic para ver los pedidos sin confirmar cuyo día típico de confirmación cae en este mes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Learnt from %1 settled orders: payment to settlement %2 days (median; 80%: %3–%4), less the share that ended Invalid. Hover for the method.</source>
        <translation>Basado en %1 pedidos confirmados: del pago a la confirmación, %2 días (mediana; 80%: %3–%4), menos la proporción que terminó No válido. Pasa el puntero para ver el método.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No forecast yet: it is learnt from this account&apos;s own settlements, and there are %1 settled orders; it needs %2.</source>
        <translation>Aún no hay previsión: se calcula con los pedidos confirmados de esta cuenta (hay: %1; hacen falta: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 days</source>
        <translation>%1: %2 días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast from the %1 latest settlements on this account: payment to settlement took %2 days (median; 80% between %3 and %4 days)</source>
        <translation>Previsión a partir de las %1 confirmaciones más recientes de esta cuenta: del pago a la confirmación pasaron %2 días (mediana; el 80% entre %3 y %4 días)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; per site with %1 or more: %2</source>
        <translation>; por sitio con %1 o más: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Reduced by the share of orders of the same age that ended Invalid (%1 orders).</source>
        <translation>. Reducida según la proporción de pedidos de la misma antigüedad que terminaron No válidos (pedidos: %1).</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../ui/main_window/row_menu.py" line="+46"/>
        <source>Copy Order ID</source>
        <translation>Copiar ID de pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy row</source>
        <translation>Copiar fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open product page</source>
        <translation>Abrir página del producto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by Tracking ID “%1”</source>
        <translation>Filtrar por Tracking ID «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders without a tracking ID</source>
        <translation>Mostrar pedidos sin Tracking ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all sub-orders of this order</source>
        <translation>Mostrar todos los subpedidos de este pedido</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %Ln sub-order(s)…</source>
        <translation>
            <numerusform>Eliminar %Ln subpedido…</numerusform>
            <numerusform>Eliminar %Ln subpedidos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/dialog.py" line="+38"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
</context>
<context>
    <name>StatementController</name>
    <message>
        <location filename="../ui/main_window/statement_controller.py" line="+106"/>
        <source>Save the statement</source>
        <translation>Guardar el extracto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the statement to %1…</source>
        <translation>Guardando el extracto en %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote the statement (%Ln settled order(s)) to %1.</source>
        <translation>
            <numerusform>Se guardó el extracto (%Ln pedido confirmado) en %1.</numerusform>
            <numerusform>Se guardó el extracto (%Ln pedidos confirmados) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement could not be written: %1</source>
        <translation>No se pudo guardar el extracto: %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location line="-91"/>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The commission settled in each month (final figures, by settlement date), per currency, with the orders it came from: a summary, then one sheet per month. Months are your local calendar months.</source>
        <translation>La comisión confirmada en cada mes (cifras definitivas, por fecha de confirmación), por moneda, con los pedidos de los que procede: un resumen y luego una hoja por mes. Los meses son meses naturales en tu hora local.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From month</source>
        <translation>Primer mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To month</source>
        <translation>Último mes</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <location filename="../ui/filter_bar.py" line="-489"/>
        <source>Show only orders in the checked statuses</source>
        <translation>Mostrar solo los pedidos en los estados marcados</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
</context>
<context>
    <name>StatusMeanings</name>
    <message>
        <location filename="../ui/status_meanings.py" line="+28"/>
        <source>How long that takes on this account: not enough history yet (%1 orders so far).</source>
        <translation>Cuánto tarda en esta cuenta: aún no hay historial suficiente (pedidos hasta ahora: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this account that usually takes about %1 days %2 (median of %3 orders).</source>
        <translation>En esta cuenta suele tardar unos %1 días %2 (mediana; pedidos: %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long that takes on this account: being worked out…</source>
        <translation>Cuánto tarda en esta cuenta: calculando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>after payment</source>
        <translation>después del pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after confirmation</source>
        <translation>después de la recepción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the buyer paid. The commission is an estimate.</source>
        <translation>%1: el comprador pagó. La comisión es estimada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: the buyer confirms receipt (%1).</source>
        <translation>Siguiente paso: el comprador confirma la recepción (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the buyer has the goods. The commission is still an estimate.</source>
        <translation>%1: el comprador ya tiene el producto. La comisión sigue siendo estimada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: AliExpress settles it into your balance (%1).</source>
        <translation>Siguiente paso: AliExpress la confirma y la abona en tu saldo (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: final. The commission was settled into your balance; nothing comes next.</source>
        <translation>%1: definitivo. La comisión se confirmó y se abonó en tu saldo; no hay más pasos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: final. Refunded, cancelled or flagged: the order earns no commission.</source>
        <translation>%1: definitivo. Reembolsado, cancelado o marcado: el pedido no genera comisión.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/main_window/sync_controller.py" line="+102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync now; every page saved so far is kept</source>
        <translation>Detener la sincronización ahora; se conservan todas las páginas ya guardadas</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Syncing the %Ln never-synced stretch(es) of %1 – %2…</source>
        <translation>
            <numerusform>Sincronizando %Ln tramo nunca sincronizado de %1 – %2…</numerusform>
            <numerusform>Sincronizando los %Ln tramos nunca sincronizados de %1 – %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Syncing %1 – %2, split into %Ln windows of at most 90 days…</source>
        <translation>
            <numerusform>Sincronizando %1 – %2, dividido en %Ln ventana de 90 días como máximo…</numerusform>
            <numerusform>Sincronizando %1 – %2, dividido en %Ln ventanas de 90 días como máximo…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing %1 – %2…</source>
        <translation>Sincronizando %1 – %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2 pages · %3 new</source>
        <translation>%1 / %2 páginas · %3 nuevos</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the orders they cover may be missing or out of date (the rest of the range is current). Sync again later to fetch them.</source>
        <translation>
            <numerusform>Sincronizado, pero AliExpress rechazó %Ln de las consultas incluso como ventana de un día, así que los pedidos que cubre pueden faltar o estar desactualizados (el resto del periodo está al día). Vuelve a sincronizar más tarde para traerlos.</numerusform>
            <numerusform>Sincronizado, pero AliExpress rechazó %Ln de las consultas incluso como ventanas de un día, así que los pedidos que cubren pueden faltar o estar desactualizados (el resto del periodo está al día). Vuelve a sincronizar más tarde para traerlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced, but AliExpress sent %Ln value(s) that could not be read or stored: they were left empty, or their order was skipped. The next sync tries them again.</source>
        <translation>
            <numerusform>Sincronizado, pero AliExpress envió %Ln valor que no se pudo leer ni guardar: quedó vacío o se omitió su pedido. La próxima sincronización lo intentará de nuevo.</numerusform>
            <numerusform>Sincronizado, pero AliExpress envió %Ln valores que no se pudieron leer ni guardar: quedaron vacíos o se omitió su pedido. La próxima sincronización lo intentará de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Orders fetched before the problem are kept.</source>
        <translation>Los pedidos descargados antes del problema se conservan.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/settings/sync_page.py" line="+28"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>Cada 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 hours</source>
        <translation>Cada 3 horas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync &amp;automatically:</source>
        <translation>Sincronizar &amp;automáticamente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-check the last:</source>
        <translation>&amp;Volver a revisar los últimos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parallel requests:</source>
        <translation>Solicitudes en &amp;paralelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While aliorders is open, it fetches new orders by itself. It waits for a sync you started, and skips a turn while aliorders on the command line syncs.</source>
        <translation>Mientras aliorders está abierto, descarga los pedidos nuevos por sí solo. Espera a que termine una sincronización que hayas iniciado y se salta un turno mientras aliorders sincroniza desde la línea de comandos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each automatic sync fetches these days again, so orders that were settled, refunded or made invalid since are brought up to date.</source>
        <translation>Cada sincronización automática vuelve a descargar estos días, para poner al día los pedidos que desde entonces se confirmaron, se reembolsaron o dejaron de ser válidos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many pages a sync asks for at once (default %1). More is faster over a slow connection; aliorders slows down by itself when AliExpress asks it to.</source>
        <translation>Cuántas páginas pide una sincronización a la vez (por defecto, %1). Más es más rápido con una conexión lenta; aliorders va más despacio por sí solo cuando AliExpress se lo pide.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not save the settings: %1.</source>
        <translation>No se pudieron guardar los ajustes: %1.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/theme.py" line="+13"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../ui/totals_bar.py" line="+47"/>
        <source>Totals of every order the filters select, per settlement currency. “Commission ≈” sums the current estimates; Invalid orders count for nothing; “settled” is final commission.</source>
        <translation>Totales de todos los pedidos que seleccionan los filtros, por moneda de liquidación. «Comisión ≈» suma las estimaciones actuales; los pedidos No válidos no cuentan; «confirmada» es la comisión final.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the totals could not be added up: %1</source>
        <translation>no se pudieron calcular los totales: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>adding up totals…</source>
        <translation>calculando totales…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt; paid %2 · Commission ≈ %3 · at completion %4 · settled %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pagado %2 · Comisión ≈ %3 · al completar %4 · confirmada %5</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected %1</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 paid, ≈ %2</source>
        <translation>%1 pagado, ≈ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected %1: %2</source>
        <translation>Seleccionados: %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayLink</name>
    <message>
        <location filename="../ui/main_window/tray_link.py" line="+92"/>
        <source>aliorders keeps running here, and syncs go on. Quit it from this icon&apos;s menu.</source>
        <translation>aliorders sigue funcionando aquí y las sincronizaciones continúan. Ciérralo desde el menú de este icono.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../ui/main_window/actions.py" line="+23"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the orders of the chosen dates from AliExpress (Ctrl+Shift+S)</source>
        <translation>Traer de AliExpress los pedidos de las fechas elegidas (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-read the orders already stored on this computer; nothing is fetched (F5)</source>
        <translation>Volver a leer los pedidos ya guardados en este equipo; no se descarga nada (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every order the filters select to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Guardar todos los pedidos que seleccionan los filtros en un libro de Excel o un archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement…</source>
        <translation>Extracto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the commission settled in each month, with its orders, for your accounts</source>
        <translation>Guardar la comisión confirmada de cada mes, con sus pedidos, para tu contabilidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account, connection and appearance</source>
        <translation>Cuenta, conexión y apariencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order details</source>
        <translation>Detalles del pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every field, the checkout and the status history of the current order (Ctrl+I)</source>
        <translation>Mostrar todos los campos, la compra y el historial de estados del pedido actual (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabulaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by Order ID (Ctrl+F)</source>
        <translation>Filtrar por ID de pedido (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <location filename="../ui/main_window/status_bar.py" line="+27"/>
        <source>DEMO DATA</source>
        <translation>DATOS DE DEMOSTRACIÓN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders come from a simulated AliExpress on this computer, not your account.</source>
        <translation>Los pedidos vienen de un AliExpress simulado en este equipo, no de tu cuenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your database user may view, refresh and export the workspace&apos;s orders.</source>
        <translation>Tu usuario de la base de datos puede ver, actualizar y exportar los pedidos del espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Synced %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Sincronizado %1 (hace %n día)</numerusform>
            <numerusform>Sincronizado %1 (hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range %1 – %2</source>
        <translation>Periodo %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auto-sync off</source>
        <translation>sincronización automática desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused</source>
        <translation>sincronización automática en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused until the account is changed in Settings or you sync by hand</source>
        <translation>sincronización automática en pausa hasta que cambies la cuenta en Ajustes o sincronices a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused: no connection · next try %1</source>
        <translation>sincronización automática en pausa: sin conexión · próximo intento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused after repeated failures · next try %1</source>
        <translation>sincronización automática en pausa tras varios fallos · próximo intento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next sync due now</source>
        <translation>próxima sincronización: ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next at %1</source>
        <translation>próxima: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yesterday %1</source>
        <translation>ayer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sync yet</source>
        <translation>aún no se ha sincronizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only: syncing is done by the workspace admin (%1).</source>
        <translation>Solo lectura: la sincronización la hace el administrador del espacio de trabajo (%1).</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <location filename="../ui/settings/checks.py" line="+58"/>
        <source>the database is empty; aliorders sets up the workspace in it when it opens it</source>
        <translation>la base de datos está vacía; aliorders prepara en ella el espacio de trabajo al abrirla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you may sync and delete orders</source>
        <translation>puedes sincronizar y eliminar pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may sync</source>
        <translation>puedes sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view only: syncing is done by the workspace admin</source>
        <translation>solo lectura: la sincronización la hace el administrador del espacio de trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Conectado a %1 como %2: %3.</translation>
    </message>
</context>
</TS>
