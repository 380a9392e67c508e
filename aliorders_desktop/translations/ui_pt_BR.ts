<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountNotes</name>
    <message>
        <location filename="../ui/settings/account_notes.py" line="+18"/>
        <source>You are exploring aliorders with &lt;b&gt;demo data&lt;/b&gt;: the account below is a demo account, and no real orders are read. To connect your own AliExpress account, leave demo mode, then come back to Settings → Account.</source>
        <translation>Você está explorando o aliorders com &lt;b&gt;dados de demonstração&lt;/b&gt;: a conta abaixo é de demonstração e nenhum pedido real é lido. Para conectar sua própria conta do AliExpress, saia do modo de demonstração e volte a Configurações → Conta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These credentials come from the environment variables &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;, so they cannot be changed here. To change or remove them, edit those variables and restart aliorders.</source>
        <translation>Essas credenciais vêm das variáveis de ambiente &lt;b&gt;%1&lt;/b&gt; e &lt;b&gt;%2&lt;/b&gt;, por isso não podem ser alteradas aqui. Para alterá-las ou removê-las, edite essas variáveis e reinicie o aliorders.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;This computer has no usable system keyring&lt;/b&gt;, so aliorders cannot store the App Secret safely, and it will not write it to a file. You can:&lt;ul style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;set the environment variables &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; to your App Key and App Secret, then restart aliorders; or&lt;/li&gt;&lt;li&gt;enter them above and press &lt;b&gt;Save&lt;/b&gt;: they are kept &lt;b&gt;for this session only&lt;/b&gt;, in memory until aliorders quits, and you enter them again next time.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Este computador não tem um chaveiro do sistema utilizável&lt;/b&gt;, então o aliorders não pode guardar o App Secret com segurança, e não vai gravá-lo em um arquivo. Você pode:&lt;ul style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;definir as variáveis de ambiente &lt;b&gt;%1&lt;/b&gt; e &lt;b&gt;%2&lt;/b&gt; com seu App Key e seu App Secret e reiniciar o aliorders; ou&lt;/li&gt;&lt;li&gt;digitá-los acima e clicar em &lt;b&gt;Salvar&lt;/b&gt;: eles ficam guardados &lt;b&gt;só nesta sessão&lt;/b&gt;, na memória até o aliorders fechar, e você os digita de novo da próxima vez.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/settings/account_page.py" line="+82"/>
        <source>aliorders downloads your orders with your AliExpress affiliate app&apos;s &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt;. You find both on the AliExpress Open Platform: &lt;i&gt;App Console → your affiliate app&lt;/i&gt;.</source>
        <translation>O aliorders baixa seus pedidos com o &lt;b&gt;App Key&lt;/b&gt; e o &lt;b&gt;App Secret&lt;/b&gt; do seu aplicativo de afiliado do AliExpress. Você encontra os dois na AliExpress Open Platform: &lt;i&gt;App Console → seu aplicativo de afiliado&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 34061046</source>
        <translation>ex.: 34061046</translation>
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
        <translation>Mostrar ou ocultar o App Secret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App &amp;Secret:</source>
        <translation>App &amp;Secret:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The App Secret is kept in your system keyring (like your browser&apos;s saved passwords), never in files or logs.</source>
        <translation>O App Secret fica no chaveiro do sistema (como as senhas salvas do navegador), nunca em arquivos ou logs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>App &amp;Key:</source>
        <translation>App &amp;Key:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask AliExpress whether it accepts this App Key and App Secret</source>
        <translation>Perguntar ao AliExpress se ele aceita este App Key e este App Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the App Key and App Secret from this computer</source>
        <translation>Remover o App Key e o App Secret deste computador</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo account: App Key %1 (demo data, not a real AliExpress account).</source>
        <translation>Conta de demonstração: App Key %1 (dados de demonstração, não uma conta real do AliExpress).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected: App Key %1, from environment variables %2 and %3.</source>
        <translation>Conectado: App Key %1, das variáveis de ambiente %2 e %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected. Enter your App Key and App Secret, then Save.</source>
        <translation>Não conectado. Digite seu App Key e seu App Secret e clique em Salvar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: App Key %1, stored in the system keyring.</source>
        <translation>Conectado: App Key %1, guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: App Key %1, for this session only (forgotten when aliorders quits).</source>
        <translation>Conectado: App Key %1, só nesta sessão (esquecido quando o aliorders fechar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the App Key and the App Secret first.</source>
        <translation>Digite primeiro o App Key e o App Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the App Key first.</source>
        <translation>Digite primeiro o App Key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the App Secret first.</source>
        <translation>Digite primeiro o App Secret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was saved. %1</source>
        <translation>Nada foi salvo. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using these credentials until aliorders quits. Nothing was written to disk.</source>
        <translation>Essas credenciais serão usadas até o aliorders fechar. Nada foi gravado no disco.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AliExpress accepted the App Key and App Secret. Save keeps them in the system keyring.</source>
        <translation>O AliExpress aceitou o App Key e o App Secret. Clique em Salvar para guardá-los no chaveiro do sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliExpress accepted the App Key and App Secret, but this computer has no keyring to keep them: they last until you quit aliorders.</source>
        <translation>O AliExpress aceitou o App Key e o App Secret, mas este computador não tem um chaveiro para guardá-los: eles valem até você fechar o aliorders.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnect from AliExpress?</source>
        <translation>Desconectar do AliExpress?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the App Key and App Secret from this computer?

Orders already downloaded stay. To sync again you will need to enter the App Key and App Secret again.</source>
        <translation>Remover o App Key e o App Secret deste computador?

Os pedidos já baixados continuam aqui. Para sincronizar de novo, você vai precisar digitar o App Key e o App Secret outra vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not disconnect. %1</source>
        <translation>Não foi possível desconectar. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected. The App Key and App Secret were removed from this computer.</source>
        <translation>Desconectado. O App Key e o App Secret foram removidos deste computador.</translation>
    </message>
</context>
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../ui/settings/advanced_page.py" line="+70"/>
        <source>Note: %1 is set in the environment and takes precedence over what you choose here.</source>
        <translation>Observação: %1 está definida no ambiente e tem prioridade sobre o que você escolher aqui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1 and %2 are set in the environment and take precedence over what you choose here.</source>
        <translation>Observação: %1 e %2 estão definidas no ambiente e têm prioridade sobre o que você escolher aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection to AliExpress</source>
        <translation>Conexão com o AliExpress</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Gateway address:</source>
        <translation>Endereço do &amp;gateway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;time zone:</source>
        <translation>&amp;Fuso horário da API:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave empty to use the standard AliExpress address. Change it only if AliExpress tells you to.</source>
        <translation>Deixe vazio para usar o endereço padrão do AliExpress. Altere-o só se o AliExpress pedir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AliExpress documents its order times as “PST”. This setting only changes how date ranges are sent to AliExpress and how the times it returns are read.</source>
        <translation>O AliExpress documenta os horários dos pedidos como “PST”. Esta configuração só muda como os intervalos de datas são enviados ao AliExpress e como os horários que ele devolve são lidos.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved. %1</source>
        <translation>Não foi salvo. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not save the settings: %1.</source>
        <translation>Não foi possível salvar as configurações: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. aliorders switches to the workspace from the next start outside demo mode. Your local file stays at %1: choose it here again to switch back.</source>
        <translation>Salvo. O aliorders passa para o espaço de trabalho na próxima vez que iniciar fora do modo de demonstração. Seu arquivo local continua em %1: escolha-o aqui de novo para voltar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. aliorders switches to the workspace when you close Settings. Your local file stays at %1: choose it here again to switch back.</source>
        <translation>Salvo. O aliorders passa para o espaço de trabalho quando você fechar as Configurações. Seu arquivo local continua em %1: escolha-o aqui de novo para voltar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. aliorders switches to this database from the next start outside demo mode.</source>
        <translation>Salvo. O aliorders passa para este banco de dados na próxima vez que iniciar fora do modo de demonstração.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. aliorders switches to this database when you close Settings.</source>
        <translation>Salvo. O aliorders passa para este banco de dados quando você fechar as Configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="+89"/>
        <source>aliorders cannot open its database</source>
        <translation>O aliorders não consegue abrir seu banco de dados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can set the file aside (it is renamed, not deleted) and start a new, empty database; a sync then fetches your orders again.</source>
        <translation>Você pode deixar o arquivo de lado (ele é renomeado, não apagado) e começar um banco de dados novo e vazio; depois, uma sincronização busca seus pedidos de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set aside and start fresh</source>
        <translation>Deixar de lado e começar do zero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old file was kept as %1.</source>
        <translation>O arquivo antigo foi mantido como %1.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../ui/session.py" line="+84"/>
        <source>The new database is opened at the next start.</source>
        <translation>O novo banco de dados será aberto na próxima inicialização.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>aliorders cannot open that database</source>
        <translation>O aliorders não consegue abrir esse banco de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aliorders stays on %1.</source>
        <translation>O aliorders continua em %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Switch databases</source>
        <translation>Trocar de banco de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync or an export is running. Switching databases now stops it; every page a sync has saved so far is kept.

Switch now?</source>
        <translation>Há uma sincronização ou uma exportação em andamento. Trocar de banco de dados agora a interrompe; todas as páginas que a sincronização já salvou são mantidas.

Trocar agora?</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <location filename="../ui/tray.py" line="+30"/>
        <source>Today: no orders yet</source>
        <translation>Hoje: nenhum pedido ainda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: %1</source>
        <translation>Hoje: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open aliorders</source>
        <translation>Abrir o aliorders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause auto-sync</source>
        <translation>Pausar a sincronização automática</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit aliorders</source>
        <translation>Sair do aliorders</translation>
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
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Follow the system” picks light or dark to match your computer.</source>
        <translation>“Seguir o sistema” escolhe claro ou escuro de acordo com o seu computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect when aliorders restarts.</source>
        <translation>Vale a partir da próxima vez que o aliorders for aberto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the settings: %1.</source>
        <translation>Não foi possível salvar as configurações: %1.</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <location filename="../ui/insights/breakdown.py" line="+35"/>
        <source>No sub ID: the link carried no custom parameters. Add a sub ID to links (letters, digits, _ - .) to see which placement converts.</source>
        <translation>Sem sub ID: o link não tinha parâmetros personalizados. Adicione um sub ID aos links (letras, números, _ - .) para ver qual posicionamento converte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer orders (checkouts); one order can hold several products</source>
        <translation>Pedidos dos compradores (compras); um pedido pode ter vários produtos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-orders</source>
        <translation>Subpedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line items: one per product bought</source>
        <translation>Itens: um por produto comprado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What buyers paid, Invalid orders included</source>
        <translation>O que os compradores pagaram, incluindo pedidos inválidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsettled</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission not settled yet, still an estimate (Payment Completed, Buyer Confirmed Receipt)</source>
        <translation>Comissão ainda não confirmada, ainda estimada (Pago, Recebido pelo comprador)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final commission of Completed Settlement orders</source>
        <translation>Comissão final dos pedidos Confirmados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Inválidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled)</source>
        <translation>Parcela de subpedidos que ficaram Inválidos (reembolsados, cancelados, sinalizados ou nunca confirmados)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average commission rate of these sub-orders</source>
        <translation>Taxa de comissão média desses subpedidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of all the commission (estimated and settled) in this range</source>
        <translation>Parcela de toda a comissão (estimada e confirmada) neste período</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to country</source>
        <translation>País de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or returning buyer</source>
        <translation>Comprador novo ou recorrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Hot product</source>
        <translation>Produto em alta</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tracking ID the buyer&apos;s click carried</source>
        <translation>O Tracking ID que veio no clique do comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custom parameters (sub IDs) the link carried</source>
        <translation>Os parâmetros personalizados (sub IDs) que vieram no link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New buyer</source>
        <translation>Comprador novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning buyer</source>
        <translation>Comprador recorrente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular product</source>
        <translation>Produto comum</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no tracking ID)</source>
        <translation>(sem Tracking ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no sub ID)</source>
        <translation>(sem sub ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
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
        <translation>Clique para ver esses pedidos na tabela.</translation>
    </message>
</context>
<context>
    <name>ChangeNotifier</name>
    <message numerus="yes">
        <location filename="../ui/change_notice.py" line="+140"/>
        <source>%n new order(s) · %1</source>
        <translation>
            <numerusform>%n pedido novo · %1</numerusform>
            <numerusform>%n pedidos novos · %1</numerusform>
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
            <numerusform>%n pedido ficou Inválido · %1 perdidos</numerusform>
            <numerusform>%n pedidos ficaram Inválidos · %1 perdidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the sync changed: %1</source>
        <translation>O que a sincronização mudou: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the sync changed</source>
        <translation>O que a sincronização mudou</translation>
    </message>
</context>
<context>
    <name>ChangesChip</name>
    <message>
        <location filename="../ui/main_window/changes_chip.py" line="+30"/>
        <source>Show all orders ✕</source>
        <translation>Ver todos os pedidos ✕</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing: orders new in the last sync, whenever paid.</source>
        <translation>Mostrando: pedidos novos na última sincronização, não importa quando foram pagos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync found settled, whenever paid.</source>
        <translation>Mostrando: pedidos que a última sincronização encontrou confirmados, não importa quando foram pagos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders that became Invalid in the last sync, whenever paid.</source>
        <translation>Mostrando: pedidos que ficaram Inválidos na última sincronização, não importa quando foram pagos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync&apos;s notification spoke of, whenever paid.</source>
        <translation>Mostrando: pedidos da notificação da última sincronização, não importa quando foram pagos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync added or changed, whenever paid.</source>
        <translation>Mostrando: pedidos que a última sincronização adicionou ou alterou, não importa quando foram pagos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates do not apply.</source>
        <translation>As datas não se aplicam.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/columns.py" line="+16"/>
        <source>No tracking ID: the buyer&apos;s click carried no tracking tag. Tracking was off for that post or link when it was published (it does not back-fill), the post fell back to a default link, or the buyer used an old or external link. The order still earns commission.</source>
        <translation>Sem Tracking ID: o clique do comprador não tinha etiqueta de rastreamento. O rastreamento estava desligado nessa publicação ou link quando foi publicado (ele não vale retroativamente), a publicação usou um link padrão ou o comprador usou um link antigo ou externo. O pedido continua gerando comissão.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— none</source>
        <translation>— nenhuma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid: this order earns no commission (refunded, cancelled, flagged or never settled).</source>
        <translation>Inválido: este pedido não gera comissão (reembolsado, cancelado, sinalizado ou nunca confirmado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final: the commission was settled and paid into your balance.</source>
        <translation>Final: a comissão foi confirmada e creditada no seu saldo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: the commission becomes final when AliExpress settles the order.</source>
        <translation>Estimada: a comissão fica final quando o AliExpress confirmar o pedido.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-order ID</source>
        <translation>ID do subpedido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid amount</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Est. at payment</source>
        <translation>Estim. no pagamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At completion</source>
        <translation>Na conclusão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub ID / parameters</source>
        <translation>Sub ID / parâmetros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product ID</source>
        <translation>ID do produto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled</source>
        <translation>Confirmado em</translation>
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
        <translation>Perdida (inválidos)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Commission over time</source>
        <translation>Comissão ao longo do tempo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per day (%1)</source>
        <translation>Comissão por dia (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission per week (%1)</source>
        <translation>Comissão por semana (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission per month (%1)</source>
        <translation>Comissão por mês (%1)</translation>
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
        <translation>Sem comissão neste período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in this range</source>
        <translation>Sem pedidos neste período</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../ui/settings/connection_test.py" line="+23"/>
        <source>Connected — AliExpress accepted the App Key and App Secret.</source>
        <translation>Conectado: o AliExpress aceitou o App Key e o App Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking AliExpress…</source>
        <translation>Consultando o AliExpress…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The test failed unexpectedly (%1). Try again.</source>
        <translation>O teste falhou inesperadamente (%1). Tente de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the App Key and App Secret again from App Console → your affiliate app, paste them above, and test again.</source>
        <translation>Copie de novo o App Key e o App Secret em App Console → seu aplicativo de afiliado, cole-os acima e teste de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in the AliExpress affiliate portal that this app may read orders, then test again.</source>
        <translation>Confira no portal de afiliados do AliExpress se este app pode ler pedidos e teste de novo.</translation>
    </message>
</context>
<context>
    <name>CoverageNotice</name>
    <message>
        <location filename="../ui/coverage_notice.py" line="+32"/>
        <source>Sync them</source>
        <translation>Sincronizá-los</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch exactly these days from AliExpress</source>
        <translation>Baixar do AliExpress exatamente esses dias</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../ui/settings/database_group.py" line="+44"/>
        <source>Enter the workspace address, starting with postgresql://</source>
        <translation>Digite o endereço do espaço de trabalho, começando com postgresql://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the password in the Password field (kept in the system keyring), not in the address.</source>
        <translation>Coloque a senha no campo Senha (ela fica no chaveiro do sistema), não no endereço.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A &amp;file on this computer</source>
        <translation>Um &amp;arquivo neste computador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team &amp;workspace on a PostgreSQL server</source>
        <translation>Um espaço de &amp;trabalho da equipe em um servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>T&amp;est connection</source>
        <translation>T&amp;estar conexão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where your orders are kept on this computer. Leave empty for the default place.</source>
        <translation>Onde seus pedidos ficam guardados neste computador. Deixe vazio para usar o local padrão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your workspace admin gives you this address, your user name and a password. Your local file stays where it is: you can switch back at any time.</source>
        <translation>O administrador do espaço de trabalho passa a você este endereço, seu nome de usuário e uma senha. Seu arquivo local continua onde está: você pode voltar a ele quando quiser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(saved in the system keyring)</source>
        <translation>(salva no chaveiro do sistema)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to keep your orders</source>
        <translation>Onde guardar seus pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order databases (*.db);;All files (*)</source>
        <translation>Bancos de dados de pedidos (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved. %1</source>
        <translation>Não foi salvo. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test failed unexpectedly (%1).</source>
        <translation>O teste falhou inesperadamente (%1).</translation>
    </message>
</context>
<context>
    <name>DateBasis</name>
    <message>
        <location filename="../ui/date_basis.py" line="+19"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Recebido</translation>
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
        <translation>Qual dia de cada pedido o período usa:
Pago: o dia em que o comprador pagou.
Recebido: o dia em que o comprador confirmou o recebimento.
Confirmado: o dia em que o AliExpress confirmou a comissão e a creditou no seu saldo.
Um pedido que ainda não tem esse dia (não recebido ou não confirmado) fica fora de qualquer período nessa opção; “Todo o período” o mostra.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../ui/date_range.py" line="+47"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <location line="+126"/>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders are shown by the day the buyer paid (your local time).</source>
        <translation>Os pedidos aparecem pelo dia em que o comprador pagou (no seu horário local).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of the range (included)</source>
        <translation>Primeiro dia do período (incluído)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range (included)</source>
        <translation>Último dia do período (incluído)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The first day (%1) is after the last day (%2): the dates were not applied.</source>
        <translation>O primeiro dia (%1) é depois do último (%2): as datas não foram aplicadas.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <location filename="../ui/row_actions.py" line="+81"/>
        <source>Delete orders</source>
        <translation>Excluir pedidos</translation>
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
            <numerusform>Excluir %Ln subpedido de %1 deste computador?</numerusform>
            <numerusform>Excluir %Ln subpedidos de %1 deste computador?</numerusform>
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
        <translation>produto %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e mais %Ln</numerusform>
            <numerusform>… e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This only removes them from aliorders. If the orders still exist on AliExpress, a later sync of the same dates brings them back. Use it for duplicates or test rows.</source>
        <translation>Eles só são removidos do aliorders. Se os pedidos ainda existirem no AliExpress, uma sincronização futura das mesmas datas os traz de volta. Use isto para duplicados ou linhas de teste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <location filename="../ui/settings/desktop_page.py" line="+37"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuar na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncs go on in the background. Quit from the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>As sincronizações continuam em segundo plano. Saia pelo menu do ícone da bandeja ou por Arquivo ▸ Sair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop shows no tray icons, so closing the window quits aliorders.</source>
        <translation>Esta área de trabalho não mostra ícones na bandeja, então fechar a janela encerra o aliorders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start aliorders when I log in</source>
        <translation>&amp;Iniciar o aliorders ao entrar no sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New orders, with their estimated commission</source>
        <translation>Pedidos &amp;novos, com a comissão estimada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders &amp;settled: their commission is confirmed</source>
        <translation>Pedidos &amp;confirmados: a comissão está confirmada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders that became &amp;Invalid: their commission is lost</source>
        <translation>Pedidos que ficaram &amp;Inválidos: a comissão foi perdida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After each sync, tell me about</source>
        <translation>Depois de cada sincronização, me avisar sobre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One message per sync, shown by the tray icon; click it to see those orders.</source>
        <translation>Uma mensagem por sincronização, no ícone da bandeja; clique nela para ver esses pedidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The messages are shown by the tray icon, which this desktop does not have.</source>
        <translation>As mensagens são mostradas pelo ícone da bandeja, que esta área de trabalho não tem.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start at login could not be changed: %1</source>
        <translation>Não foi possível alterar a inicialização ao entrar: %1</translation>
    </message>
</context>
<context>
    <name>EarningsStrip</name>
    <message>
        <location filename="../ui/earnings_strip.py" line="+94"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission per period, per currency, in your local days.
Earned: the commission of the orders paid in the period; “≈” = estimate until settled; Invalid orders earn nothing.
Landed: the commission settled in the period, by settlement date: what reached your balance.
Click a figure to show its orders (it sets the date range).</source>
        <translation>Comissão por período e por moeda, nos seus dias locais.
Ganho: a comissão dos pedidos pagos no período; “≈” = estimada até ser confirmada; pedidos inválidos não rendem nada.
Creditado: a comissão confirmada no período, pela data de confirmação: o que chegou ao seu saldo.
Clique em um valor para ver os pedidos dele (isso define o período).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commission of the orders paid in “%1” (your local days), per currency: “≈” = estimate until settled; Invalid orders earn nothing.
Click to show these orders: sets the range to “%1” by payment date.</source>
        <translation>Comissão dos pedidos pagos em “%1” (seus dias locais), por moeda: “≈” = estimada até ser confirmada; pedidos inválidos não rendem nada.
Clique para ver esses pedidos: define o período como “%1” pela data de pagamento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commission settled in “%1” (your local days, by settlement date), per currency: final, in your balance.
Click to show these orders: sets the range to “%1” by settlement date.</source>
        <translation>Comissão confirmada em “%1” (seus dias locais, pela data de confirmação), por moeda: definitiva, já no seu saldo.
Clique para ver esses pedidos: define o período como “%1” pela data de confirmação.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>earned</source>
        <translation>ganho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>landed</source>
        <translation>creditado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be added up</source>
        <translation>não foi possível somar</translation>
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
        <translation>sem pedidos</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../ui/empty_state.py" line="+8"/>
        <source>&lt;h2&gt;Connect your AliExpress affiliate account&lt;/h2&gt;&lt;p&gt;aliorders keeps every order your links earned on this computer, so you can filter, total and export years of orders instantly, even offline.&lt;/p&gt;&lt;p&gt;You need the &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt; of your affiliate app (AliExpress Open Platform → App Console). The secret is kept in your system&apos;s keyring, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Conecte sua conta de afiliado do AliExpress&lt;/h2&gt;&lt;p&gt;O aliorders guarda neste computador todos os pedidos que seus links geraram, para você filtrar, somar e exportar anos de pedidos na hora, mesmo sem internet.&lt;/p&gt;&lt;p&gt;Você precisa do &lt;b&gt;App Key&lt;/b&gt; e do &lt;b&gt;App Secret&lt;/b&gt; do seu aplicativo de afiliado (AliExpress Open Platform → App Console). O secret fica no chaveiro do sistema, nunca em um arquivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;No orders to show&lt;/h2&gt;&lt;p&gt;If you know this range had sales:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Did you Sync?&lt;/b&gt; Refresh only re-reads what is stored; Sync fetches from AliExpress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Is the range right?&lt;/b&gt; It starts on &lt;i&gt;Today&lt;/i&gt;; orders are dated by payment day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Are filters set?&lt;/b&gt; An old Order ID, Tracking ID or Product ID hides everything else.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Brand-new orders&lt;/b&gt; can take a few hours to appear at AliExpress.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Nenhum pedido para mostrar&lt;/h2&gt;&lt;p&gt;Se você sabe que houve vendas neste período:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Você sincronizou?&lt;/b&gt; Atualizar só relê o que está guardado; Sincronizar busca os dados no AliExpress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;O período está certo?&lt;/b&gt; Ele começa em &lt;i&gt;Hoje&lt;/i&gt;; os pedidos são datados pelo dia do pagamento.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Há filtros ativos?&lt;/b&gt; Um ID do pedido, Tracking ID ou ID do produto antigo esconde todo o resto.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pedidos muito recentes&lt;/b&gt; podem levar algumas horas para aparecer no AliExpress.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connect AliExpress…</source>
        <translation>Conectar o AliExpress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore demo data</source>
        <translation>Ver dados de demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync this range</source>
        <translation>Sincronizar este período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/main_window/error_text.py" line="+26"/>
        <source>Unexpected error: %1.</source>
        <translation>Erro inesperado: %1.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/main_window/export_controller.py" line="+24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel, long IDs kept as text (*.csv)</source>
        <translation>CSV para Excel, IDs longos como texto (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook in English, for scripts (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel em inglês, para scripts (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with English column titles, for scripts (*.csv)</source>
        <translation>CSV com títulos de coluna em inglês, para scripts (*.csv)</translation>
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
        <translation>Exportando para %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Exportando… %Ln linha gravada</numerusform>
            <numerusform>Exportando… %Ln linhas gravadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln linha exportada para %1.</numerusform>
            <numerusform>%Ln linhas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="+188"/>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order ID (whole, or its first digits)</source>
        <translation>ID do pedido (completo ou os primeiros dígitos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking ID, or how it starts</source>
        <translation>Tracking ID, ou como ele começa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product ID</source>
        <translation>ID do produto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID (whole, or its first digits)</source>
        <translation>ID do produto (completo ou os primeiros dígitos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub ID</source>
        <translation>Sub ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub ID: key=value, or a value under any key</source>
        <translation>Sub ID: chave=valor, ou um valor em qualquer chave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tracking ID</source>
        <translation>Sem Tracking ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders whose click carried no tracking tag</source>
        <translation>Só pedidos cujo clique veio sem etiqueta de rastreamento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only orders whose link carried exactly this sub ID; click to remove it</source>
        <translation>Só pedidos cujo link tinha exatamente este sub ID; clique para removê-lo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the orders of this Insights breakdown row; click to remove it</source>
        <translation>Só os pedidos desta linha do detalhamento de Estatísticas; clique para removê-lo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders settled in this currency, as the Insights row counted them; click to remove it</source>
        <translation>Só pedidos liquidados nesta moeda, como a linha de Estatísticas os contou; clique para removê-lo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the ID boxes, statuses, “no tracking ID” and the sub ID (Esc)</source>
        <translation>Limpar os campos de ID, os status, “Sem Tracking ID” e o sub ID (Esc)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Orders are shown by the day the buyer paid (your local time).</source>
        <translation>Os pedidos aparecem pelo dia em que o comprador pagou (no seu horário local).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders are shown by the day the buyer confirmed receipt (your local time); orders not confirmed yet are outside every range.</source>
        <translation>Os pedidos aparecem pelo dia em que o comprador confirmou o recebimento (no seu horário local); pedidos ainda não recebidos ficam fora de qualquer período.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders are shown by the day their commission was settled (your local time); orders not settled yet are outside every range.</source>
        <translation>Os pedidos aparecem pelo dia em que a comissão deles foi confirmada (no seu horário local); pedidos ainda não confirmados ficam fora de qualquer período.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>none</source>
        <translation>nenhum</translation>
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
            <numerusform>Novos (%n)</numerusform>
            <numerusform>Novos (%n)</numerusform>
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
            <numerusform>Inválidos (%n)</numerusform>
            <numerusform>Inválidos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Notified from last sync (%n)</source>
        <translation>
            <numerusform>Da notificação (%n)</numerusform>
            <numerusform>Da notificação (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed in last sync (%n)</source>
        <translation>
            <numerusform>Alterados (%n)</numerusform>
            <numerusform>Alterados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The orders the last sync added or whose status it changed, whenever they were paid: new: %1, settled: %2, became Invalid: %3, changed otherwise: %4. Click again to show all orders.</source>
        <translation>Os pedidos que a última sincronização adicionou ou cujo status mudou, não importa quando foram pagos: novos: %1, confirmados: %2, ficaram Inválidos: %3, com outras mudanças: %4. Clique de novo para ver todos os pedidos.</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../ui/first_sync.py" line="+43"/>
        <source>First sync</source>
        <translation>Primeira sincronização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account is connected. How much of your order history should aliorders fetch now? Later syncs keep it up to date by themselves.</source>
        <translation>Sua conta está conectada. Quanto do seu histórico de pedidos o aliorders deve baixar agora? As próximas sincronizações o mantêm atualizado sozinhas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last 90 days</source>
        <translation>Os últimos 90 dias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year (since %1)</source>
        <translation>Este ano (desde %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything since</source>
        <translation>Tudo desde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 – %2: at least %3 calls to AliExpress, one more for every further page of 50 orders. AliExpress limits how fast they may come, so a long history takes a while; you can use aliorders meanwhile.</source>
        <translation>%1 – %2. Chamadas ao AliExpress: pelo menos %3, e mais uma para cada página adicional de 50 pedidos. O AliExpress limita a frequência das chamadas, então um histórico longo demora um pouco; enquanto isso, você pode usar o aliorders.</translation>
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
        <translation>Pedidos dos compradores (compras) pagos no período. Um pedido pode ter vários produtos (subpedidos).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid by buyers</source>
        <translation>Pago pelos compradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What buyers paid for the products your links sold, Invalid orders included.</source>
        <translation>O que os compradores pagaram pelos produtos que seus links venderam, incluindo pedidos inválidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsettled commission</source>
        <translation>Comissão estimada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission not settled yet, so still an estimate (≈): orders in Payment Completed or Buyer Confirmed Receipt. Settled commission is counted on its own.</source>
        <translation>Comissão ainda não confirmada e, portanto, ainda estimada (≈): pedidos com status Pago ou Recebido pelo comprador. A comissão confirmada é contada à parte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settled commission</source>
        <translation>Comissão confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final commission of Completed Settlement orders, paid into your balance.</source>
        <translation>Comissão final dos pedidos Confirmados, creditada no seu saldo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid</source>
        <translation>Inválidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled).</source>
        <translation>Parcela de subpedidos que ficaram Inválidos (reembolsados, cancelados, sinalizados ou nunca confirmados).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 pt</source>
        <translation>%1 p.p.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../ui/insights/view.py" line="+362"/>
        <source>no earlier period to compare</source>
        <translation>sem período anterior para comparar</translation>
    </message>
    <message>
        <location filename="../ui/insights/headline.py" line="+66"/>
        <source>%1 in %2: %3</source>
        <translation>%1 em %2: %3</translation>
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
            <numerusform>%Ln subpedido inválido; a estimativa era que rendesse %1</numerusform>
            <numerusform>%Ln subpedidos inválidos; a estimativa era que rendessem %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../ui/insights/view.py" line="-199"/>
        <source>Insights show one settlement currency at a time; amounts are never mixed</source>
        <translation>As estatísticas mostram uma moeda de liquidação por vez; os valores nunca se misturam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders as they were before you clicked a row below</source>
        <translation>Mostrar os pedidos como estavam antes de você clicar em uma linha abaixo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What grew or fell most in the right-hand table, against the period before</source>
        <translation>O que mais cresceu ou caiu na tabela à direita em relação ao período anterior</translation>
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
        <translation>Salvar gráfico como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the commission chart as it looks now to a PNG image</source>
        <translation>Salvar o gráfico de comissão como está agora em uma imagem PNG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the table on the right groups the orders by</source>
        <translation>Por qual critério a tabela à direita agrupa os pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown by:</source>
        <translation>Detalhar por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export breakdown…</source>
        <translation>Exportar detalhamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table on the right as a CSV file or an Excel workbook</source>
        <translation>Salvar a tabela à direita como arquivo CSV ou pasta de trabalho do Excel</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Insights could not be computed: %1</source>
        <translation>Não foi possível calcular as estatísticas: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>▲▼ compared with %1</source>
        <translation>▲▼ comparado com %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grew most: %1</source>
        <translation>Maior alta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fell most: %1</source>
        <translation>Maior queda: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting %1 only: %2 of the %3 sub-orders the filters select. Other currencies: %4 (choose one above).</source>
        <translation>Contando só %1: %2 dos %3 subpedidos que os filtros selecionam. Outras moedas: %4 (escolha uma acima).</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 – %2 (the %Ln day(s) before)</source>
        <translation>
            <numerusform>%1 – %2 (o dia anterior)</numerusform>
            <numerusform>%1 – %2 (os %Ln dias anteriores)</numerusform>
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
            <numerusform> — o que mais rende</numerusform>
            <numerusform> — os %Ln que mais rendem</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source> · click a row to see its orders</source>
        <translation> · clique em uma linha para ver os pedidos dela</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sub IDs (custom parameters)</source>
        <translation>Sub IDs (parâmetros)</translation>
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
        <translation>(sem chave)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to country</source>
        <translation>País de entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or returning buyer</source>
        <translation>Comprador novo ou recorrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot product</source>
        <translation>Produto em alta</translation>
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
        <translation>Exportar detalhamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Arquivos CSV (*.csv);;Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save chart as PNG</source>
        <translation>Salvar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window/window.py" line="+60"/>
        <source>aliorders — demo data</source>
        <translation>aliorders — dados de demonstração</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission over time and by tracking ID and sub ID, for the same filters and dates</source>
        <translation>Comissão ao longo do tempo e por Tracking ID e sub ID, com os mesmos filtros e datas</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The AliExpress account (App Key %1) was kept for the last session only, so aliorders is not connected now and auto-sync is off. Enter the App Key and App Secret again in Settings → Account.</source>
        <translation>A conta do AliExpress (App Key %1) ficou guardada só na sessão anterior, então o aliorders não está conectado agora e a sincronização automática está desativada. Digite de novo o App Key e o App Secret em Configurações → Conta.</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Deleted %Ln sub-order(s).</source>
        <translation>
            <numerusform>%Ln subpedido excluído.</numerusform>
            <numerusform>%Ln subpedidos excluídos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/banner.py" line="+25"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../ui/order_details.py" line="+54"/>
        <source>Order ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-order ID</source>
        <translation>ID do subpedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid amount</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished amount</source>
        <translation>Valor na conclusão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated at payment</source>
        <translation>Estimada no pagamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated at completion</source>
        <translation>Estimada na conclusão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New buyer bonus</source>
        <translation>Bônus de novo comprador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commission rate</source>
        <translation>Taxa de comissão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moeda</translation>
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
        <translation>ID do produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category ID</source>
        <translation>ID da categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Entrega em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer confirmed</source>
        <translation>Recebido pelo comprador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Confirmado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New buyer</source>
        <translation>Comprador novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot product</source>
        <translation>Produto em alta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affiliate product</source>
        <translation>Produto de afiliado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detail status</source>
        <translation>Status detalhado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First synced</source>
        <translation>Primeira sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seen by a sync on %1</source>
        <translation>visto por uma sincronização em %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date from AliExpress; not seen by a sync</source>
        <translation>data do AliExpress; nenhuma sincronização viu</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status history</source>
        <translation>Histórico de status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same checkout</source>
        <translation>Mesma compra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All fields</source>
        <translation>Todos os campos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an order to see all its details, the other products of its checkout and its status history.</source>
        <translation>Selecione um pedido para ver todos os detalhes, os outros produtos da mesma compra e o histórico de status.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+33"/>
        <source>Product %1</source>
        <translation>Produto %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the product page</source>
        <translation>Abrir a página do produto</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Order %1 has %Ln product(s); each is its own row with its own status and commission.</source>
        <translation>
            <numerusform>O pedido %1 tem %Ln produto; cada um é uma linha própria, com status e comissão próprios.</numerusform>
            <numerusform>O pedido %1 tem %Ln produtos; cada um é uma linha própria, com status e comissão próprios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this row</source>
        <translation>esta linha</translation>
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
            <numerusform>Uma compra com %n produto: cada produto é uma linha própria (subpedido), com status e comissão próprios. Botão direito → Mostrar todos os subpedidos.</numerusform>
            <numerusform>Uma compra com %n produtos: cada produto é uma linha própria (subpedido), com status e comissão próprios. Botão direito → Mostrar todos os subpedidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../ui/insights/pipeline.py" line="+78"/>
        <source>&lt;b&gt;Pipeline&lt;/b&gt;: ≈ commission not settled yet, by days since payment</source>
        <translation>&lt;b&gt;Pendente&lt;/b&gt;: ≈ comissão ainda não confirmada, por dias desde o pagamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every Payment Completed and Buyer Confirmed Receipt order, whatever the dates chosen above, by local days since payment (0–30, 31–60, 61–90, over 90). “≈” = estimate until settled. Click a figure to show its orders.</source>
        <translation>Todos os pedidos com status Pago e Recebido pelo comprador, sejam quais forem as datas escolhidas acima, por dias locais desde o pagamento (0–30, 31–60, 61–90, mais de 90). “≈” = estimada até ser confirmada. Clique em um valor para ver os pedidos dele.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Expected to land&lt;/b&gt; ≈</source>
        <translation>&lt;b&gt;Crédito previsto&lt;/b&gt; ≈</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding up…</source>
        <translation>Somando…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The pipeline could not be added up: %1</source>
        <translation>Não foi possível somar a comissão pendente: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 sub-orders, %2, paid %3 days ago: click to show them</source>
        <translation>Subpedidos: %1, %2, pagos há %3 dias: clique para vê-los</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (rest)</source>
        <translation>%1 (restante)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to show the unsettled orders whose typical settlement day falls in this month</source>
        <translation>Clique para ver os pedidos não confirmados cujo dia típico de confirmação cai neste mês</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Learnt from %1 settled orders: payment to settlement %2 days (median; 80%: %3–%4), less the share that ended Invalid. Hover for the method.</source>
        <translation>Com base em %1 pedidos confirmados: do pagamento à confirmação, %2 dias (mediana; 80%: %3–%4), menos a parcela que terminou Inválida. Passe o mouse para ver o método.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No forecast yet: it is learnt from this account&apos;s own settlements, and there are %1 settled orders; it needs %2.</source>
        <translation>Ainda não há previsão: ela é calculada com os pedidos confirmados desta conta (há: %1; são necessários: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 days</source>
        <translation>%1: %2 dias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast from the %1 latest settlements on this account: payment to settlement took %2 days (median; 80% between %3 and %4 days)</source>
        <translation>Previsão a partir das %1 confirmações mais recentes desta conta: do pagamento à confirmação levou %2 dias (mediana; 80% entre %3 e %4 dias)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; per site with %1 or more: %2</source>
        <translation>; por site com %1 ou mais: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Reduced by the share of orders of the same age that ended Invalid (%1 orders).</source>
        <translation>. Reduzida pela parcela de pedidos da mesma idade que terminaram Inválidos (pedidos: %1).</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../ui/main_window/row_menu.py" line="+46"/>
        <source>Copy Order ID</source>
        <translation>Copiar ID do pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy row</source>
        <translation>Copiar linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open product page</source>
        <translation>Abrir página do produto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by Tracking ID “%1”</source>
        <translation>Filtrar pelo Tracking ID “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders without a tracking ID</source>
        <translation>Mostrar pedidos sem Tracking ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all sub-orders of this order</source>
        <translation>Mostrar todos os subpedidos deste pedido</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %Ln sub-order(s)…</source>
        <translation>
            <numerusform>Excluir %Ln subpedido…</numerusform>
            <numerusform>Excluir %Ln subpedidos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/dialog.py" line="+38"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Área de trabalho</translation>
    </message>
</context>
<context>
    <name>StatementController</name>
    <message>
        <location filename="../ui/main_window/statement_controller.py" line="+106"/>
        <source>Save the statement</source>
        <translation>Salvar o extrato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the statement to %1…</source>
        <translation>Gravando o extrato em %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote the statement (%Ln settled order(s)) to %1.</source>
        <translation>
            <numerusform>Extrato gravado (%Ln pedido confirmado) em %1.</numerusform>
            <numerusform>Extrato gravado (%Ln pedidos confirmados) em %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement could not be written: %1</source>
        <translation>Não foi possível gravar o extrato: %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location line="-91"/>
        <source>Statement</source>
        <translation>Extrato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The commission settled in each month (final figures, by settlement date), per currency, with the orders it came from: a summary, then one sheet per month. Months are your local calendar months.</source>
        <translation>A comissão confirmada em cada mês (valores definitivos, pela data de confirmação), por moeda, com os pedidos de onde veio: um resumo e depois uma planilha por mês. Os meses são meses do calendário no seu horário local.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From month</source>
        <translation>Primeiro mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To month</source>
        <translation>Último mês</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <location filename="../ui/filter_bar.py" line="-489"/>
        <source>Show only orders in the checked statuses</source>
        <translation>Mostrar só os pedidos nos status marcados</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
</context>
<context>
    <name>StatusMeanings</name>
    <message>
        <location filename="../ui/status_meanings.py" line="+28"/>
        <source>How long that takes on this account: not enough history yet (%1 orders so far).</source>
        <translation>Quanto tempo isso leva nesta conta: ainda não há histórico suficiente (pedidos até agora: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this account that usually takes about %1 days %2 (median of %3 orders).</source>
        <translation>Nesta conta isso costuma levar cerca de %1 dias %2 (mediana; pedidos: %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long that takes on this account: being worked out…</source>
        <translation>Quanto tempo isso leva nesta conta: calculando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>after payment</source>
        <translation>após o pagamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after confirmation</source>
        <translation>após o recebimento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the buyer paid. The commission is an estimate.</source>
        <translation>%1: o comprador pagou. A comissão é estimada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: the buyer confirms receipt (%1).</source>
        <translation>Próximo passo: o comprador confirma o recebimento (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the buyer has the goods. The commission is still an estimate.</source>
        <translation>%1: o comprador já está com o produto. A comissão ainda é estimada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: AliExpress settles it into your balance (%1).</source>
        <translation>Próximo passo: o AliExpress a confirma e a credita no seu saldo (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: final. The commission was settled into your balance; nothing comes next.</source>
        <translation>%1: definitivo. A comissão foi confirmada e creditada no seu saldo; não há próximos passos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: final. Refunded, cancelled or flagged: the order earns no commission.</source>
        <translation>%1: definitivo. Reembolsado, cancelado ou sinalizado: o pedido não gera comissão.</translation>
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
        <translation>Parar a sincronização agora; todas as páginas já salvas são mantidas</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Syncing the %Ln never-synced stretch(es) of %1 – %2…</source>
        <translation>
            <numerusform>Sincronizando %Ln trecho nunca sincronizado de %1 – %2…</numerusform>
            <numerusform>Sincronizando os %Ln trechos nunca sincronizados de %1 – %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Syncing %1 – %2, split into %Ln windows of at most 90 days…</source>
        <translation>
            <numerusform>Sincronizando %1 – %2, dividido em %Ln janela de no máximo 90 dias…</numerusform>
            <numerusform>Sincronizando %1 – %2, dividido em %Ln janelas de no máximo 90 dias…</numerusform>
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
        <translation>%1 / %2 páginas · %3 novos</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the orders they cover may be missing or out of date (the rest of the range is current). Sync again later to fetch them.</source>
        <translation>
            <numerusform>Sincronizado, mas o AliExpress recusou %Ln das consultas mesmo como janela de um dia, então os pedidos que ela cobre podem estar faltando ou desatualizados (o resto do período está em dia). Sincronize de novo mais tarde para buscá-los.</numerusform>
            <numerusform>Sincronizado, mas o AliExpress recusou %Ln das consultas mesmo como janelas de um dia, então os pedidos que elas cobrem podem estar faltando ou desatualizados (o resto do período está em dia). Sincronize de novo mais tarde para buscá-los.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced, but AliExpress sent %Ln value(s) that could not be read or stored: they were left empty, or their order was skipped. The next sync tries them again.</source>
        <translation>
            <numerusform>Sincronizado, mas o AliExpress enviou %Ln valor que não pôde ser lido nem salvo: ficou vazio ou o pedido foi ignorado. A próxima sincronização tenta de novo.</numerusform>
            <numerusform>Sincronizado, mas o AliExpress enviou %Ln valores que não puderam ser lidos nem salvos: ficaram vazios ou o pedido foi ignorado. A próxima sincronização tenta de novo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Orders fetched before the problem are kept.</source>
        <translation>Os pedidos baixados antes do problema foram mantidos.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/settings/sync_page.py" line="+28"/>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>A cada 15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>A cada 30 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 hours</source>
        <translation>A cada 3 horas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync &amp;automatically:</source>
        <translation>Sincronizar &amp;automaticamente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-check the last:</source>
        <translation>&amp;Verificar de novo os últimos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parallel requests:</source>
        <translation>Requisições em &amp;paralelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While aliorders is open, it fetches new orders by itself. It waits for a sync you started, and skips a turn while aliorders on the command line syncs.</source>
        <translation>Enquanto o aliorders está aberto, ele baixa os pedidos novos sozinho. Ele espera terminar uma sincronização que você iniciou e pula uma vez enquanto o aliorders sincroniza pela linha de comando.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each automatic sync fetches these days again, so orders that were settled, refunded or made invalid since are brought up to date.</source>
        <translation>Cada sincronização automática baixa esses dias de novo, para atualizar os pedidos que desde então foram confirmados, reembolsados ou ficaram inválidos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many pages a sync asks for at once (default %1). More is faster over a slow connection; aliorders slows down by itself when AliExpress asks it to.</source>
        <translation>Quantas páginas uma sincronização pede de uma vez (padrão: %1). Mais é mais rápido numa conexão lenta; o aliorders desacelera sozinho quando o AliExpress pede.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not save the settings: %1.</source>
        <translation>Não foi possível salvar as configurações: %1.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/theme.py" line="+13"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../ui/totals_bar.py" line="+47"/>
        <source>Totals of every order the filters select, per settlement currency. “Commission ≈” sums the current estimates; Invalid orders count for nothing; “settled” is final commission.</source>
        <translation>Totais de todos os pedidos que os filtros selecionam, por moeda de liquidação. “Comissão ≈” soma as estimativas atuais; pedidos Inválidos não contam; “confirmada” é a comissão final.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the totals could not be added up: %1</source>
        <translation>não foi possível somar os totais: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>adding up totals…</source>
        <translation>somando totais…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt; paid %2 · Commission ≈ %3 · at completion %4 · settled %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pago %2 · Comissão ≈ %3 · na conclusão %4 · confirmada %5</translation>
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
        <translation>Selecionados: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 paid, ≈ %2</source>
        <translation>%1 pago, ≈ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected %1: %2</source>
        <translation>Selecionados: %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayLink</name>
    <message>
        <location filename="../ui/main_window/tray_link.py" line="+92"/>
        <source>aliorders keeps running here, and syncs go on. Quit it from this icon&apos;s menu.</source>
        <translation>O aliorders continua rodando aqui, e as sincronizações continuam. Saia pelo menu deste ícone.</translation>
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
        <translation>Buscar no AliExpress os pedidos das datas escolhidas (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-read the orders already stored on this computer; nothing is fetched (F5)</source>
        <translation>Reler os pedidos já guardados neste computador; nada é baixado (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every order the filters select to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Gravar todos os pedidos que os filtros selecionam em uma pasta do Excel ou um arquivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement…</source>
        <translation>Extrato…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the commission settled in each month, with its orders, for your accounts</source>
        <translation>Gravar a comissão confirmada de cada mês, com os pedidos dela, para a sua contabilidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account, connection and appearance</source>
        <translation>Conta, conexão e aparência</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order details</source>
        <translation>Detalhes do pedido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every field, the checkout and the status history of the current order (Ctrl+I)</source>
        <translation>Mostrar todos os campos, a compra e o histórico de status do pedido atual (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copiar as linhas selecionadas como texto separado por tabulações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by Order ID (Ctrl+F)</source>
        <translation>Filtrar pelo ID do pedido (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <location filename="../ui/main_window/status_bar.py" line="+27"/>
        <source>DEMO DATA</source>
        <translation>DADOS DE DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders come from a simulated AliExpress on this computer, not your account.</source>
        <translation>Os pedidos vêm de um AliExpress simulado neste computador, não da sua conta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your database user may view, refresh and export the workspace&apos;s orders.</source>
        <translation>Seu usuário do banco de dados pode ver, atualizar e exportar os pedidos do espaço de trabalho.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
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
            <numerusform>Sincronizado %1 (há %n dia)</numerusform>
            <numerusform>Sincronizado %1 (há %n dias)</numerusform>
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
        <translation>Período %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auto-sync off</source>
        <translation>sincronização automática desativada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused</source>
        <translation>sincronização automática pausada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused until the account is changed in Settings or you sync by hand</source>
        <translation>sincronização automática pausada até você mudar a conta em Configurações ou sincronizar manualmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused: no connection · next try %1</source>
        <translation>sincronização automática pausada: sem conexão · próxima tentativa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused after repeated failures · next try %1</source>
        <translation>sincronização automática pausada após falhas repetidas · próxima tentativa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next sync due now</source>
        <translation>próxima sincronização: agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next at %1</source>
        <translation>próxima: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yesterday %1</source>
        <translation>ontem %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>amanhã %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last sync %1</source>
        <translation>última sincronização %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sync yet</source>
        <translation>ainda sem sincronização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only: syncing is done by the workspace admin (%1).</source>
        <translation>Só leitura: quem sincroniza é o administrador do espaço de trabalho (%1).</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <location filename="../ui/settings/checks.py" line="+58"/>
        <source>the database is empty; aliorders sets up the workspace in it when it opens it</source>
        <translation>o banco de dados está vazio; o aliorders prepara o espaço de trabalho nele ao abri-lo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you may sync and delete orders</source>
        <translation>você pode sincronizar e excluir pedidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may sync</source>
        <translation>você pode sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view only: syncing is done by the workspace admin</source>
        <translation>só leitura: quem sincroniza é o administrador do espaço de trabalho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Conectado a %1 como %2: %3.</translation>
    </message>
</context>
</TS>
