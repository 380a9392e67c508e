<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>AliExpress</name>
        <message>
            <source>Unknown signing method {method}.</source>
            <translation>Método de assinatura desconhecido: {method}.</translation>
        </message>
        <message>
            <source>AliExpress keeps limiting requests; try the sync again later.</source>
            <translation>O AliExpress continua limitando as solicitações; sincronize de novo mais tarde.</translation>
        </message>
        <message>
            <source>AliExpress did not answer in time.</source>
            <translation>O AliExpress não respondeu a tempo.</translation>
        </message>
        <message>
            <source>The secure connection to the gateway could not be verified (its certificate is not trusted). Check the gateway address in Settings → Advanced and the computer's clock.</source>
            <translation>Não foi possível verificar a conexão segura com o gateway (o certificado dele não é confiável). Confira o endereço do gateway em Configurações → Avançado e o relógio do computador.</translation>
        </message>
        <message>
            <source>Could not reach AliExpress. Check the internet connection.</source>
            <translation>Não foi possível acessar o AliExpress. Confira a conexão com a internet.</translation>
        </message>
        <message>
            <source>The gateway answered with a redirect (HTTP {status}) to {location}, which aliorders does not follow. Check the gateway address in Settings → Advanced.</source>
            <translation>O gateway respondeu com um redirecionamento (HTTP {status}) para {location}, que o aliorders não segue. Confira o endereço do gateway em Configurações → Avançado.</translation>
        </message>
        <message>
            <source>AliExpress had a temporary problem (HTTP {status}).</source>
            <translation>O AliExpress teve um problema temporário (HTTP {status}).</translation>
        </message>
        <message>
            <source>AliExpress answered with HTTP {status}.</source>
            <translation>O AliExpress respondeu com HTTP {status}.</translation>
        </message>
        <message>
            <source>AliExpress sent an answer larger than {cap} MB; aliorders stopped reading it.</source>
            <translation>O AliExpress enviou uma resposta maior que {cap} MB; o aliorders parou de lê-la.</translation>
        </message>
        <message>
            <source>The gateway address {url} is not allowed: use https:// (plain http:// only for this computer).</source>
            <translation>O endereço de gateway {url} não é permitido: use https:// (http:// sem criptografia só para este computador).</translation>
        </message>
        <message>
            <source>AliExpress sent an incomplete or unreadable answer.</source>
            <translation>O AliExpress enviou uma resposta incompleta ou ilegível.</translation>
        </message>
        <message>
            <source>AliExpress sent an answer in an unexpected shape.</source>
            <translation>O AliExpress enviou uma resposta em um formato inesperado.</translation>
        </message>
        <message>
            <source>Open Settings → Account and reconnect your AliExpress account.</source>
            <translation>Abra Configurações → Conta e conecte de novo sua conta do AliExpress.</translation>
        </message>
        <message>
            <source>AliExpress says this account is not a registered affiliate publisher, or the app has no permission to read orders. Check the app's status in the AliExpress affiliate portal.</source>
            <translation>O AliExpress informa que esta conta não é de um afiliado registrado ou que o app não tem permissão para ler pedidos. Confira o status do app no portal de afiliados do AliExpress.</translation>
        </message>
        <message>
            <source>AliExpress reported a temporary system error.</source>
            <translation>O AliExpress informou um erro temporário do sistema.</translation>
        </message>
        <message>
            <source>AliExpress is limiting requests for {seconds} s.</source>
            <translation>O AliExpress está limitando as solicitações por {seconds} s.</translation>
        </message>
        <message>
            <source>AliExpress does not recognise this App Key.</source>
            <translation>O AliExpress não reconhece esta App Key.</translation>
        </message>
        <message>
            <source>AliExpress refused the request signature: the App Secret does not match the App Key.</source>
            <translation>O AliExpress recusou a assinatura da solicitação: o App Secret não corresponde à App Key.</translation>
        </message>
        <message>
            <source>This AliExpress app has no permission to read affiliate orders.</source>
            <translation>Este app do AliExpress não tem permissão para ler pedidos de afiliados.</translation>
        </message>
        <message>
            <source>AliExpress reported a temporary service error.</source>
            <translation>O AliExpress informou um erro temporário do serviço.</translation>
        </message>
        <message>
            <source>AliExpress refused a query window as too long.</source>
            <translation>O AliExpress recusou um período de consulta por ser longo demais.</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>nenhum motivo informado</translation>
        </message>
        <message>
            <source>AliExpress refused the request: {reason}.</source>
            <translation>O AliExpress recusou a solicitação: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{text} is not a date like 2026-01-31</source>
            <translation>{text} não é uma data como 2026-01-31</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 1 to {most}</source>
            <translation>{text} não é um número inteiro de 1 a {most}</translation>
        </message>
        <message>
            <source>Keep every AliExpress affiliate order on this machine. Without a command, opens the window.</source>
            <translation>Guarde todos os seus pedidos de afiliado do AliExpress neste computador. Sem um comando, abre a janela.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>mostrar a versão e sair</translation>
        </message>
        <message>
            <source>open the window on demo data</source>
            <translation>abrir a janela com dados de demonstração</translation>
        </message>
        <message>
            <source>start in the system tray without showing the window, as at login</source>
            <translation>iniciar na bandeja do sistema sem mostrar a janela, como ao entrar no sistema</translation>
        </message>
        <message>
            <source>check this installation (Qt, database, a sync against a simulated gateway) and exit</source>
            <translation>verificar esta instalação (Qt, banco de dados, uma sincronização com um gateway simulado) e sair</translation>
        </message>
        <message>
            <source>FILE|URL</source>
            <translation>ARQUIVO|URL</translation>
        </message>
        <message>
            <source>database file or URL (default: ALIORDERS_DB or the settings)</source>
            <translation>arquivo ou URL do banco de dados (padrão: ALIORDERS_DB ou as configurações)</translation>
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
            <translation>baixar do AliExpress os pedidos de um período</translation>
        </message>
        <message>
            <source>first day, included</source>
            <translation>primeiro dia, incluído</translation>
        </message>
        <message>
            <source>last day, included (default: today)</source>
            <translation>último dia, incluído (padrão: hoje)</translation>
        </message>
        <message>
            <source>fetch only the days of the range that no completed sync fetched</source>
            <translation>baixar só os dias do período que nenhuma sincronização concluída baixou</translation>
        </message>
        <message>
            <source>requests in flight at once, 1 to {most} (default: the setting, {default} unless changed)</source>
            <translation>solicitações simultâneas, de 1 a {most} (padrão: a configuração, {default} se não foi alterada)</translation>
        </message>
        <message>
            <source>write stored orders to a CSV file or an Excel workbook</source>
            <translation>gravar os pedidos armazenados em um arquivo CSV ou uma pasta de trabalho do Excel</translation>
        </message>
        <message>
            <source>FILE.csv|FILE.xlsx</source>
            <translation>ARQUIVO.csv|ARQUIVO.xlsx</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>o arquivo a gravar</translation>
        </message>
        <message>
            <source>csv or xlsx (default: by the extension of --out, csv unless it ends in .xlsx)</source>
            <translation>csv ou xlsx (padrão: pela extensão de --out, csv a menos que termine em .xlsx)</translation>
        </message>
        <message>
            <source>only this status, as AliExpress names it (repeat for several)</source>
            <translation>só este status, como o AliExpress o chama (repita para vários)</translation>
        </message>
        <message>
            <source>only this Order ID, or the IDs it starts</source>
            <translation>só este ID do pedido, ou os IDs que começam assim</translation>
        </message>
        <message>
            <source>only this Tracking ID, or the IDs it starts</source>
            <translation>só este Tracking ID, ou os IDs que começam assim</translation>
        </message>
        <message>
            <source>only this Product ID, or the IDs it starts</source>
            <translation>só este ID do produto, ou os IDs que começam assim</translation>
        </message>
        <message>
            <source>CSV: write IDs as ="…" so Excel keeps all their digits (it rounds numbers over 15 digits); a workbook always keeps them as text</source>
            <translation>CSV: gravar os IDs como ="…" para que o Excel mantenha todos os dígitos (ele arredonda números com mais de 15 dígitos); uma pasta de trabalho sempre os guarda como texto</translation>
        </message>
        <message>
            <source>column titles (and a workbook's words) in English whatever the language, for scripts that read the file by its column names</source>
            <translation>títulos das colunas (e os textos da pasta de trabalho) em inglês seja qual for o idioma, para scripts que leem o arquivo pelos nomes das colunas</translation>
        </message>
        <message>
            <source>show the database location, order count, this and last month's commission and last syncs</source>
            <translation>mostrar o local do banco de dados, o número de pedidos, a comissão deste mês e do mês passado e as últimas sincronizações</translation>
        </message>
        <message>
            <source>check from this day that every day was synced (default: the first synced)</source>
            <translation>verificar a partir deste dia se todos os dias foram sincronizados (padrão: a partir do primeiro sincronizado)</translation>
        </message>
        <message>
            <source>check up to this day that every day was synced (default: today)</source>
            <translation>verificar até este dia se todos os dias foram sincronizados (padrão: hoje)</translation>
        </message>
        <message>
            <source>the month figures by the day the buyer paid, confirmed receipt, or the commission was settled (default: paid)</source>
            <translation>qual dia conta para os valores do mês: o dia em que o comprador pagou, confirmou o recebimento ou a comissão foi confirmada (padrão: paid)</translation>
        </message>
        <message>
            <source>run the simulated AliExpress gateway on this machine</source>
            <translation>executar neste computador o gateway simulado do AliExpress</translation>
        </message>
        <message>
            <source>port to listen on</source>
            <translation>porta em que escutar</translation>
        </message>
        <message>
            <source>seed of the generated orders (same seed, same orders)</source>
            <translation>semente dos pedidos gerados (mesma semente, mesmos pedidos)</translation>
        </message>
        <message>
            <source>sub-orders to generate</source>
            <translation>subpedidos a gerar</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SEGUNDOS</translation>
        </message>
        <message>
            <source>wait this long before each answer</source>
            <translation>esperar esse tempo antes de cada resposta</translation>
        </message>
        <message>
            <source>how to say a query found no orders: resp_code 405, an empty result, or the gateway error code 15 / ERROR-405</source>
            <translation>como informar que uma consulta não encontrou pedidos: resp_code 405, um resultado vazio ou o código de erro do gateway 15 / ERROR-405</translation>
        </message>
        <message>
            <source>share of orders (0 to 1) whose money is sent in major units</source>
            <translation>parcela de pedidos (de 0 a 1) cujos valores são enviados na unidade principal da moeda</translation>
        </message>
        <message>
            <source>share of orders (0 to 1) that get one absurd value</source>
            <translation>parcela de pedidos (de 0 a 1) que recebem um valor absurdo</translation>
        </message>
        <message>
            <source>SHARE</source>
            <translation>PARCELA</translation>
        </message>
        <message>
            <source>{text} is not a month like 2026-11</source>
            <translation>{text} não é um mês como 2026-11</translation>
        </message>
        <message>
            <source>{text} is not a year like 2026</source>
            <translation>{text} não é um ano como 2026</translation>
        </message>
        <message>
            <source>write the commission settled in each local calendar month, with its orders</source>
            <translation>gravar a comissão confirmada em cada mês do calendário (horário local), com os pedidos dela</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>AAAA-MM</translation>
        </message>
        <message>
            <source>one month, e.g. 2026-11</source>
            <translation>um mês, por exemplo 2026-11</translation>
        </message>
        <message>
            <source>YYYY</source>
            <translation>AAAA</translation>
        </message>
        <message>
            <source>every month of one year</source>
            <translation>todos os meses de um ano</translation>
        </message>
        <message>
            <source>the file to write: an Excel workbook if it ends in .xlsx, else CSV</source>
            <translation>o arquivo a gravar: uma pasta de trabalho do Excel se terminar em .xlsx; senão, CSV</translation>
        </message>
        <message>
            <source>titles and words in English whatever the language</source>
            <translation>títulos e textos em inglês seja qual for o idioma</translation>
        </message>
        <message>
            <source>last day, included</source>
            <translation>último dia, incluído</translation>
        </message>
        <message>
            <source>which day of each order --from and --to mean: the day the buyer paid, confirmed receipt, or the commission was settled (default: paid); an order without that day yet is outside every range</source>
            <translation>qual dia de cada pedido --from e --to indicam: o dia em que o comprador pagou, confirmou o recebimento ou a comissão foi confirmada (padrão: paid); um pedido que ainda não tem esse dia fica fora de qualquer período</translation>
        </message>
        <message>
            <source>set up and fill a team workspace on PostgreSQL</source>
            <translation>criar e preencher um espaço de trabalho da equipe no PostgreSQL</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>AÇÃO</translation>
        </message>
        <message>
            <source>create the tables, the aliorders_admin and aliorders_viewer roles and their grants</source>
            <translation>criar as tabelas, os papéis aliorders_admin e aliorders_viewer e as permissões deles</translation>
        </message>
        <message>
            <source>the workspace database, as a superuser or its owner</source>
            <translation>o banco de dados do espaço de trabalho, como superusuário ou como dono dele</translation>
        </message>
        <message>
            <source>copy a local history (orders, status changes, syncs) in</source>
            <translation>copiar para cá um histórico local (pedidos, mudanças de status, sincronizações)</translation>
        </message>
        <message>
            <source>LOCAL.db</source>
            <translation>LOCAL.db</translation>
        </message>
        <message>
            <source>the local database file to copy</source>
            <translation>o arquivo de banco de dados local a copiar</translation>
        </message>
        <message>
            <source>the workspace database, as a user of aliorders_admin</source>
            <translation>o banco de dados do espaço de trabalho, como usuário de aliorders_admin</translation>
        </message>
        <message>
            <source>No AliExpress account is connected. Connect it in the window (Settings → Account), or set {key} and {secret}.</source>
            <translation>Nenhuma conta do AliExpress está conectada. Conecte-a na janela (Configurações → Conta) ou defina {key} e {secret}.</translation>
        </message>
        <message>
            <source>Every day of {first} – {last} was synced already.</source>
            <translation>Todos os dias de {first} – {last} já foram sincronizados.</translation>
        </message>
        <message>
            <source>{error} Everything fetched before the error is kept.</source>
            <translation>{error} Tudo o que foi baixado antes do erro foi mantido.</translation>
        </message>
        <message>
            <source>{done}/{planned} pages, {new} new, {updated} updated</source>
            <translation>páginas: {done}/{planned}, novos: {new}, atualizados: {updated}</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}.</source>
            <translation>Não foi possível gravar {file}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to {file}</source>
            <translation>
                <numerusform>Exportada %n linha para {file}</numerusform>
                <numerusform>Exportadas %n linhas para {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of: {choices}</source>
            <translation>{value} não é uma das opções: {choices}</translation>
        </message>
        <message>
            <source>write commission per product, country, sub ID… to a CSV file or an Excel workbook</source>
            <translation>gravar a comissão por produto, país, sub ID… em um arquivo CSV ou uma pasta de trabalho do Excel</translation>
        </message>
        <message>
            <source>what to group by; sub-id:KEY groups by one sub-ID key (default key: af_sub)</source>
            <translation>pelo que agrupar; sub-id:KEY agrupa por uma chave de sub ID (chave padrão: af_sub)</translation>
        </message>
        <message>
            <source>only this settlement currency (default: each currency, in rows of its own)</source>
            <translation>só esta moeda de liquidação (padrão: cada moeda, em linhas próprias)</translation>
        </message>
        <message>
            <source>the file to write (an Excel workbook if it ends in .xlsx)</source>
            <translation>o arquivo a gravar (uma pasta de trabalho do Excel se terminar em .xlsx)</translation>
        </message>
        <message>
            <source>column titles in English whatever the language, for scripts</source>
            <translation>títulos das colunas em inglês seja qual for o idioma, para scripts</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nada</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n settled orders ({first} – {last}) to {file}</source>
            <translation>
                <numerusform>%n pedido confirmado gravado ({first} – {last}) em {file}</numerusform>
                <numerusform>%n pedidos confirmados gravados ({first} – {last}) em {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>--to ({last}) is before --from ({first}).</source>
            <translation>--to ({last}) é anterior a --from ({first}).</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>Banco de dados: {location}</translation>
        </message>
        <message numerus="yes">
            <source>Orders:   %n sub-orders</source>
            <translation>
                <numerusform>Pedidos:        %n subpedido</numerusform>
                <numerusform>Pedidos:        %n subpedidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Access:   {user} may sync and delete</source>
            <translation>Acesso:         {user} pode sincronizar e excluir</translation>
        </message>
        <message>
            <source>Access:   {user} may sync</source>
            <translation>Acesso:         {user} pode sincronizar</translation>
        </message>
        <message>
            <source>Access:   {user} may view</source>
            <translation>Acesso:         {user} só pode visualizar</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Última sincronização: nunca</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mês</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Mês passado</translation>
        </message>
        <message>
            <source>Commission of the orders paid (≈ estimate until settled), your local days:</source>
            <translation>Comissão dos pedidos pagos (≈ estimada até ser confirmada), dias no seu horário local:</translation>
        </message>
        <message>
            <source>Commission of the orders the buyer confirmed (≈ estimate until settled), your local days:</source>
            <translation>Comissão dos pedidos cujo recebimento o comprador confirmou (≈ estimada até ser confirmada), dias no seu horário local:</translation>
        </message>
        <message>
            <source>Commission settled (final), your local days:</source>
            <translation>Comissão confirmada (definitiva), dias no seu horário local:</translation>
        </message>
        <message>
            <source>Fetch them with: {command}</source>
            <translation>Baixe-os com: {command}</translation>
        </message>
        <message>
            <source>Last running sync: {when} for {first} – {last}</source>
            <translation>Última sincronização em andamento: {when}, período {first} – {last}</translation>
        </message>
        <message>
            <source>Last completed sync: {when} for {first} – {last}</source>
            <translation>Última sincronização concluída: {when}, período {first} – {last}</translation>
        </message>
        <message>
            <source>Last sync with problems: {when} for {first} – {last}</source>
            <translation>Última sincronização com problemas: {when}, período {first} – {last}</translation>
        </message>
        <message>
            <source>Last cancelled sync: {when} for {first} – {last}</source>
            <translation>Última sincronização cancelada: {when}, período {first} – {last}</translation>
        </message>
        <message>
            <source>Last failed sync: {when} for {first} – {last}</source>
            <translation>Última sincronização com falha: {when}, período {first} – {last}</translation>
        </message>
        <message>
            <source>Last interrupted sync: {when} for {first} – {last}</source>
            <translation>Última sincronização interrompida: {when}, período {first} – {last}</translation>
        </message>
        <message>
            <source>A team workspace lives on PostgreSQL: add --db postgresql://USER@HOST/DBNAME.</source>
            <translation>Um espaço de trabalho da equipe fica no PostgreSQL: adicione --db postgresql://USER@HOST/DBNAME.</translation>
        </message>
        <message>
            <source>Check these functions and operators in the workspace's schema: other users made them while anyone could create objects there, and aliorders did not. Drop those you do not know, e.g. DROP FUNCTION or DROP OPERATOR followed by the name shown.</source>
            <translation>Confira estas funções e operadores no esquema do espaço de trabalho: outros usuários os criaram quando qualquer um podia criar objetos ali, e não o aliorders. Remova os que você não conhece, por exemplo com DROP FUNCTION ou DROP OPERATOR seguido do nome mostrado.</translation>
        </message>
        <message>
            <source>{object}, made by {owner}</source>
            <translation>{object}, criado por {owner}</translation>
        </message>
        <message>
            <source>Workspace ready: {location}
Roles: {admin} may sync and delete orders; {viewer} may view, refresh and export them.
Give each person a database user in one role, e.g. in psql as this superuser or owner:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- syncs from AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- views and exports
Each connects with Settings → Advanced → Database, or: aliorders --db {address}
Copy a local history in with: aliorders workspace import --from orders.db --db {address}</source>
            <translation>Espaço de trabalho pronto: {location}
Papéis: {admin} pode sincronizar e excluir pedidos; {viewer} pode visualizá-los, atualizá-los e exportá-los.
Crie para cada pessoa um usuário do banco de dados com um dos papéis, por exemplo no psql como este superusuário ou dono:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- sincroniza do AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- visualiza e exporta
Cada um se conecta em Configurações → Avançado → Banco de dados, ou com: aliorders --db {address}
Para copiar um histórico local: aliorders workspace import --from orders.db --db {address}</translation>
        </message>
        <message>
            <source>Only the owner may create objects in the workspace's schema (CREATE revoked from {roles}), so no member can plant code that runs with another member's rights.</source>
            <translation>Só o dono pode criar objetos no esquema do espaço de trabalho (CREATE revogado de {roles}), então nenhum membro pode inserir código que rode com as permissões de outro membro.</translation>
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
            <translation>nenhuma</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>{spans} and %n more</source>
            <translation>
                <numerusform>{spans} e mais %n</numerusform>
                <numerusform>{spans} e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody in this workspace ever synced {spans}, so orders of those days may be missing.</source>
            <translation>Ninguém neste espaço de trabalho jamais sincronizou {spans}, então pode haver pedidos faltando desses dias.</translation>
        </message>
        <message>
            <source>No sync ever fetched {spans}, so orders of those days may be missing.</source>
            <translation>Nenhuma sincronização jamais baixou {spans}, então pode haver pedidos faltando desses dias.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>aliorders ran into an unexpected problem ({problem}). Your orders are safe; details were written to {log}.</source>
            <translation>O aliorders teve um problema inesperado ({problem}). Seus pedidos estão seguros; os detalhes foram gravados em {log}.</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>The App Secret is kept in the system keyring.</source>
            <translation>O App Secret fica guardado no chaveiro do sistema.</translation>
        </message>
        <message>
            <source>This system has no usable keyring, so aliorders cannot store the App Secret safely. Set {key} and {secret} in the environment, or keep the secret for this session only.</source>
            <translation>Este sistema não tem um chaveiro utilizável, então o aliorders não pode guardar o App Secret com segurança. Defina {key} e {secret} no ambiente ou mantenha o segredo só nesta sessão.</translation>
        </message>
        <message>
            <source>The system keyring accepted the App Secret but did not keep it.</source>
            <translation>O chaveiro do sistema aceitou o App Secret, mas não o guardou.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it and try again.</source>
            <translation>O chaveiro do sistema está bloqueado. Desbloqueie-o e tente de novo.</translation>
        </message>
        <message>
            <source>The system keyring refused: {reason}. Unlock it or try again.</source>
            <translation>O chaveiro do sistema recusou: {reason}. Desbloqueie-o ou tente de novo.</translation>
        </message>
        <message>
            <source>This system has no usable keyring, so aliorders cannot store the database password safely. Set it in the PGPASSWORD environment variable instead.</source>
            <translation>Este sistema não tem um chaveiro utilizável, então o aliorders não pode guardar a senha do banco de dados com segurança. Defina-a na variável de ambiente PGPASSWORD.</translation>
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
            <translation>Moeda</translation>
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
            <translation>Valor pago</translation>
        </message>
        <message>
            <source>Estimated commission</source>
            <translation>Comissão estimada</translation>
        </message>
        <message>
            <source>Settled commission (final)</source>
            <translation>Comissão confirmada (definitiva)</translation>
        </message>
        <message>
            <source>Invalid rate (%)</source>
            <translation>Parcela de inválidos (%)</translation>
        </message>
        <message>
            <source>Average commission rate (%)</source>
            <translation>Taxa de comissão média (%)</translation>
        </message>
        <message>
            <source>Share of commission (%)</source>
            <translation>Parcela da comissão (%)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Detalhamento</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>ID do pedido</translation>
        </message>
        <message>
            <source>Sub-order ID</source>
            <translation>ID do subpedido</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Commission state</source>
            <translation>Situação da comissão</translation>
        </message>
        <message>
            <source>Tracking ID</source>
            <translation>Tracking ID</translation>
        </message>
        <message>
            <source>Custom parameters</source>
            <translation>Parâmetros personalizados</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>ID do produto</translation>
        </message>
        <message>
            <source>Product title</source>
            <translation>Título do produto</translation>
        </message>
        <message>
            <source>Product URL</source>
            <translation>URL do produto</translation>
        </message>
        <message>
            <source>Product image URL</source>
            <translation>URL da imagem do produto</translation>
        </message>
        <message>
            <source>Category ID</source>
            <translation>ID da categoria</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantidade</translation>
        </message>
        <message>
            <source>Finished amount</source>
            <translation>Valor na conclusão</translation>
        </message>
        <message>
            <source>Commission at completion</source>
            <translation>Comissão na conclusão</translation>
        </message>
        <message>
            <source>New buyer bonus</source>
            <translation>Bônus por novo comprador</translation>
        </message>
        <message>
            <source>Commission rate (%)</source>
            <translation>Taxa de comissão (%)</translation>
        </message>
        <message>
            <source>Created (local time)</source>
            <translation>Criado em (hora local)</translation>
        </message>
        <message>
            <source>Paid (local time)</source>
            <translation>Pago em (hora local)</translation>
        </message>
        <message>
            <source>Confirmed (local time)</source>
            <translation>Recebido em (hora local)</translation>
        </message>
        <message>
            <source>Settled (local time)</source>
            <translation>Confirmado em (hora local)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Ship to country</source>
            <translation>País de entrega</translation>
        </message>
        <message>
            <source>New buyer</source>
            <translation>Novo comprador</translation>
        </message>
        <message>
            <source>the disk is full; free some space or choose another place</source>
            <translation>o disco está cheio; libere espaço ou escolha outro local</translation>
        </message>
        <message>
            <source>the folder {folder} is on a read-only disk; choose another place</source>
            <translation>a pasta {folder} está em um disco somente leitura; escolha outro local</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>a pasta {folder} não existe</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} não é uma pasta</translation>
        </message>
        <message>
            <source>{target} is a folder</source>
            <translation>{target} é uma pasta</translation>
        </message>
        <message>
            <source>you may not write in the folder {folder}; choose another place</source>
            <translation>você não tem permissão para gravar na pasta {folder}; escolha outro local</translation>
        </message>
        <message>
            <source>the file is open in another program (Excel?); close it there and export again</source>
            <translation>o arquivo está aberto em outro programa (Excel?); feche-o lá e exporte de novo</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mês</translation>
        </message>
        <message>
            <source>Settled commission</source>
            <translation>Comissão confirmada</translation>
        </message>
        <message>
            <source>Commission settled in each month (Completed Settlement, final figures), by settlement date. Months are local calendar months ({zone}). Totals are per currency, never added across currencies.</source>
            <translation>Comissão confirmada em cada mês (status “Confirmado”, valores definitivos), pela data de confirmação. Os meses são meses do calendário no horário local ({zone}). Os totais são por moeda; moedas diferentes nunca são somadas.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totais</translation>
        </message>
        <message>
            <source>{count} orders are more than an Excel sheet holds ({limit}); narrow the date range or export CSV</source>
            <translation>{count} pedidos não cabem em uma planilha do Excel (máximo {limit}); reduza o período ou exporte para CSV</translation>
        </message>
        <message>
            <source>Commission is an estimate until Completed Settlement; Invalid orders earn none.</source>
            <translation>A comissão é estimada até o pedido ficar “Confirmado”; pedidos “Inválido” não geram comissão.</translation>
        </message>
    </context>
    <context>
        <name>Flag</name>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message numerus="yes">
            <source>Generated %n sub-orders in {seconds} s (seed {seed}).</source>
            <translation>
                <numerusform>Gerado %n subpedido em {seconds} s (semente {seed}).</numerusform>
                <numerusform>Gerados %n subpedidos em {seconds} s (semente {seed}).</numerusform>
            </translation>
        </message>
        <message>
            <source>AliExpress gateway simulator listening on {url}</source>
            <translation>Simulador do gateway do AliExpress escutando em {url}</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Pressione Ctrl+C para parar.</translation>
        </message>
        <message>
            <source>Gateway stopped.</source>
            <translation>Gateway parado.</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Payment Completed</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Buyer Confirmed Receipt</source>
            <translation>Recebido pelo comprador</translation>
        </message>
        <message>
            <source>Completed Settlement</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Inválido</translation>
        </message>
        <message>
            <source>payment completed time</source>
            <translation>data de pagamento</translation>
        </message>
        <message>
            <source>buyer confirmed receipt time</source>
            <translation>data de recebimento pelo comprador</translation>
        </message>
        <message>
            <source>completed settlement time</source>
            <translation>data de confirmação</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Pacific time with daylight saving (what AliExpress calls "PST")</source>
            <translation>Horário do Pacífico com horário de verão (o que o AliExpress chama de “PST”)</translation>
        </message>
        <message>
            <source>Fixed UTC−8</source>
            <translation>UTC−8 fixo</translation>
        </message>
        <message>
            <source>Fixed UTC+8 (Beijing time)</source>
            <translation>UTC+8 fixo (horário de Pequim)</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>the address is not a valid URL: in a user name or password, write / ? # @ as {codes}</source>
            <translation>o endereço não é uma URL válida: em um nome de usuário ou senha, escreva / ? # @ como {codes}</translation>
        </message>
        <message>
            <source>the address names no database: write postgresql://USER@HOST/DBNAME</source>
            <translation>o endereço não indica nenhum banco de dados: escreva postgresql://USER@HOST/DBNAME</translation>
        </message>
        <message>
            <source>the address asks for {setting}, which could let someone between you and the server read the password. For a server on another computer, leave sslmode out (aliorders then uses verify-full) or set verify-ca, and allow only require_auth=scram-sha-256.</source>
            <translation>o endereço pede {setting}, o que poderia permitir que alguém entre você e o servidor leia a senha. Para um servidor em outro computador, omita sslmode (o aliorders então usa verify-full) ou defina verify-ca, e permita só require_auth=scram-sha-256.</translation>
        </message>
        <message>
            <source>other database users ({roles}) may create objects in its schema, where they could plant code that runs with your rights. If workspace init cannot take that right back (a PostgreSQL 14 or older default), a superuser runs: {statement}</source>
            <translation>outros usuários do banco de dados ({roles}) podem criar objetos no esquema dele, onde poderiam inserir código que rode com as suas permissões. Se o workspace init não conseguir retirar essa permissão (padrão do PostgreSQL 14 ou anterior), um superusuário executa: {statement}</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>o banco de dados</translation>
        </message>
        <message>
            <source>the server offers no encrypted (TLS) connection. Ask its administrator to turn on ssl in postgresql.conf, or reach it through an SSH tunnel to localhost.</source>
            <translation>o servidor não oferece conexão criptografada (TLS). Peça ao administrador dele que ative o ssl no postgresql.conf, ou acesse-o por um túnel SSH para localhost.</translation>
        </message>
        <message>
            <source>its certificate could not be verified. Add sslrootcert=/path/to/ca.crt to the address (or set PGSSLROOTCERT) with the certificate of the authority that signed the server's, and use the name its certificate was issued for as the host.</source>
            <translation>não foi possível verificar o certificado dele. Adicione sslrootcert=/path/to/ca.crt ao endereço (ou defina PGSSLROOTCERT) com o certificado da autoridade que assinou o do servidor, e use como host o nome para o qual o certificado dele foi emitido.</translation>
        </message>
        <message>
            <source>the server asked for the password itself instead of a SCRAM-SHA-256 proof. Ask its administrator to use scram-sha-256 for your user in pg_hba.conf.</source>
            <translation>o servidor pediu a própria senha em vez de uma prova SCRAM-SHA-256. Peça ao administrador dele que use scram-sha-256 para o seu usuário no pg_hba.conf.</translation>
        </message>
        <message>
            <source>{location} is not an aliorders database (it is not a database file at all). It was left untouched. Choose another file, or a new file name to start a database.</source>
            <translation>{location} não é um banco de dados do aliorders (nem é um arquivo de banco de dados). Ele não foi alterado. Escolha outro arquivo, ou um novo nome de arquivo para criar um banco de dados.</translation>
        </message>
        <message>
            <source>The database {location} is damaged ({detail}). It was left untouched. Restore a backup (aliorders keeps .bak copies next to it before upgrades) or choose another database.</source>
            <translation>O banco de dados {location} está danificado ({detail}). Ele não foi alterado. Restaure um backup (o aliorders guarda cópias .bak ao lado dele antes de atualizações) ou escolha outro banco de dados.</translation>
        </message>
        <message>
            <source>{location} is a database of another program, not an aliorders database. It was left untouched. Choose another file, or a new file name to start a database.</source>
            <translation>{location} é um banco de dados de outro programa, não do aliorders. Ele não foi alterado. Escolha outro arquivo, ou um novo nome de arquivo para criar um banco de dados.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of aliorders (schema {found}); this version understands up to {supported}. Update aliorders or choose another database.</source>
            <translation>Este banco de dados foi gravado por uma versão mais nova do aliorders (esquema {found}); esta versão entende até o {supported}. Atualize o aliorders ou escolha outro banco de dados.</translation>
        </message>
        <message>
            <source> A copy from before the upgrade is at {backup}.</source>
            <translation> Há uma cópia de antes da atualização em {backup}.</translation>
        </message>
        <message>
            <source>Upgrading the database {location} to schema {target} failed ({detail}). It is unchanged since schema {previous}.{copy} Please report this problem.</source>
            <translation>A atualização do banco de dados {location} para o esquema {target} falhou ({detail}). Ele continua como no esquema {previous}.{copy} Por favor, relate este problema.</translation>
        </message>
        <message>
            <source>The database {location} can be read but not written (read-only file, folder or disk). aliorders needs to write to it. Move it somewhere you can write, or change its permissions.</source>
            <translation>O banco de dados {location} pode ser lido, mas não gravado (arquivo, pasta ou disco somente leitura). O aliorders precisa gravar nele. Mova-o para um local onde você possa gravar ou altere as permissões dele.</translation>
        </message>
        <message>
            <source>The database {location} is busy: another program (perhaps a second aliorders window) is writing to it. Close that program and try again.</source>
            <translation>O banco de dados {location} está ocupado: outro programa (talvez uma segunda janela do aliorders) está gravando nele. Feche esse programa e tente de novo.</translation>
        </message>
        <message>
            <source>The disk holding the database {location} is full. Nothing half-written was kept: free some space and sync again to fetch the rest.</source>
            <translation>O disco do banco de dados {location} está cheio. Nada gravado pela metade foi mantido: libere espaço e sincronize de novo para baixar o resto.</translation>
        </message>
        <message>
            <source>aliorders could not open or create the database {location} ({detail}). Check that the folder exists and that you may write to it, or for a server that it is running and the address is right.</source>
            <translation>O aliorders não conseguiu abrir nem criar o banco de dados {location} ({detail}). Confira se a pasta existe e se você pode gravar nela ou, no caso de um servidor, se ele está em execução e o endereço está certo.</translation>
        </message>
        <message>
            <source>The workspace server {location} cannot be reached ({detail}). Check the address, that the server is running, and your network connection.</source>
            <translation>Não é possível acessar o servidor do espaço de trabalho {location} ({detail}). Confira o endereço, se o servidor está em execução e sua conexão de rede.</translation>
        </message>
        <message>
            <source>The workspace server {location} refused the user name or password. Check them in Settings → Advanced → Database, or ask the workspace admin.</source>
            <translation>O servidor do espaço de trabalho {location} recusou o usuário ou a senha. Confira-os em Configurações → Avançado → Banco de dados ou fale com o administrador do espaço de trabalho.</translation>
        </message>
        <message>
            <source>The connection to the workspace server {location} was lost. Every page saved before that is kept and the page in flight was not saved: sync again to fetch the rest.</source>
            <translation>A conexão com o servidor do espaço de trabalho {location} caiu. Todas as páginas salvas antes disso foram mantidas e a que estava em andamento não foi salva: sincronize de novo para baixar o resto.</translation>
        </message>
        <message>
            <source>Your database user{user} may view but not sync or delete orders in the workspace {location}. Syncing is done by the workspace admin: ask them to sync, or to add your user to the aliorders_admin role.</source>
            <translation>Seu usuário do banco de dados{user} pode visualizar os pedidos do espaço de trabalho {location}, mas não sincronizá-los nem excluí-los. Quem sincroniza é o administrador do espaço de trabalho: peça a ele que sincronize ou que adicione seu usuário ao papel aliorders_admin.</translation>
        </message>
        <message>
            <source>The database user {user} may not read the workspace {location}. Ask the workspace admin to add it to the aliorders_viewer role (view) or aliorders_admin role (sync).</source>
            <translation>O usuário do banco de dados {user} não pode ler o espaço de trabalho {location}. Peça ao administrador do espaço de trabalho que o adicione ao papel aliorders_viewer (visualizar) ou aliorders_admin (sincronizar).</translation>
        </message>
        <message>
            <source>{location} holds no aliorders workspace yet, and your database user may not create one. The database owner sets it up with: aliorders workspace init --db URL</source>
            <translation>{location} ainda não tem um espaço de trabalho do aliorders, e seu usuário do banco de dados não pode criá-lo. O dono do banco de dados o cria com: aliorders workspace init --db URL</translation>
        </message>
        <message>
            <source>The workspace {location} was set up by an older version of aliorders (schema {found}); this version needs schema {needed}. Only whoever set up the workspace ({owner}) may upgrade it, by running this version of aliorders with: aliorders workspace init --db {address}. The orders in it stay as they are. Until then, use the older version.</source>
            <translation>O espaço de trabalho {location} foi criado por uma versão mais antiga do aliorders (esquema {found}); esta versão precisa do esquema {needed}. Só quem o criou ({owner}) pode atualizá-lo, executando esta versão do aliorders com: aliorders workspace init --db {address}. Os pedidos dele ficam como estão. Até lá, use a versão mais antiga.</translation>
        </message>
        <message>
            <source>Another aliorders window or `aliorders sync` on this computer started syncing {location}</source>
            <translation>Outra janela do aliorders ou `aliorders sync` neste computador começou a sincronizar {location}</translation>
        </message>
        <message>
            <source>{user} started a sync</source>
            <translation>{user} iniciou uma sincronização</translation>
        </message>
        <message>
            <source> at {started}</source>
            <translation> às {started}</translation>
        </message>
        <message>
            <source>{who}{when}; wait for it to finish, then sync again.</source>
            <translation>{who}{when}; espere terminar e sincronize de novo.</translation>
        </message>
        <message>
            <source>aliorders did not send your password to the workspace server {location}: {reason}</source>
            <translation>O aliorders não enviou sua senha ao servidor do espaço de trabalho {location}: {reason}</translation>
        </message>
        <message>
            <source>The workspace {location} is not secured yet: {problem} Whoever set it up ({owner}) fixes this by running this version of aliorders with: aliorders workspace init --db {address}</source>
            <translation>O espaço de trabalho {location} ainda não está protegido: {problem} Quem o criou ({owner}) corrige isso executando esta versão do aliorders com: aliorders workspace init --db {address}</translation>
        </message>
        <message>
            <source>its schema version is missing</source>
            <translation>falta a versão do esquema</translation>
        </message>
        <message>
            <source>Other database users ({roles}) may still create objects in the workspace's schema, where they could plant code that runs with an admin's rights; only a superuser can take that right back here. Ask one to run: {statement}</source>
            <translation>Outros usuários do banco de dados ({roles}) ainda podem criar objetos no esquema do espaço de trabalho, onde poderiam inserir código que rode com as permissões de um administrador; aqui só um superusuário pode retirar essa permissão. Peça a um que execute: {statement}</translation>
        </message>
        <message>
            <source>Setting up the workspace needs a PostgreSQL superuser, or the database owner with the CREATEROLE right ({detail}).</source>
            <translation>Para criar o espaço de trabalho é preciso um superusuário do PostgreSQL, ou o dono do banco de dados com a permissão CREATEROLE ({detail}).</translation>
        </message>
        <message>
            <source>it has no sync lock that only admins can take.</source>
            <translation>ele não tem um bloqueio de sincronização que só os administradores possam obter.</translation>
        </message>
        <message>
            <source>Another admin</source>
            <translation>Outro administrador</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This sync stopped without finishing: aliorders was closed or killed, or its connection to the database was lost. The orders it saved are kept; sync again to fetch the rest.</source>
            <translation>Esta sincronização parou sem terminar: o aliorders foi fechado ou encerrado à força, ou a conexão com o banco de dados caiu. Os pedidos que ela salvou foram mantidos; sincronize de novo para baixar o resto.</translation>
        </message>
        <message>
            <source>The connections to AliExpress stopped unexpectedly.</source>
            <translation>As conexões com o AliExpress pararam inesperadamente.</translation>
        </message>
        <message>
            <source>{status} orders by {time_type}, {window}</source>
            <translation>pedidos “{status}” por {time_type}, {window}</translation>
        </message>
        <message numerus="yes">
            <source>{new} new, {updated} updated, {unchanged} unchanged in {seconds} s (%n pages)</source>
            <translation>
                <numerusform>novos: {new}, atualizados: {updated}, sem alterações: {unchanged} em {seconds} s (%n página)</numerusform>
                <numerusform>novos: {new}, atualizados: {updated}, sem alterações: {unchanged} em {seconds} s (%n páginas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n odd order(s) from AliExpress, see the log</source>
            <translation>
                <numerusform>; %n pedido incomum do AliExpress, veja o log</numerusform>
                <numerusform>; %n pedidos incomuns do AliExpress, veja o log</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled; kept what was fetched: {details}</source>
            <translation>Sincronização cancelada; o que foi baixado foi mantido: {details}</translation>
        </message>
        <message>
            <source>Synced with problems: {details}. {problems}</source>
            <translation>Sincronização concluída com problemas: {details}. {problems}</translation>
        </message>
        <message>
            <source>Synced {details}</source>
            <translation>Sincronização concluída: {details}</translation>
        </message>
        <message>
            <source>AliExpress refused these queries, so they were not fetched: {queries}.</source>
            <translation>O AliExpress recusou estas consultas, por isso elas não foram baixadas: {queries}.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>e mais %n</numerusform>
                <numerusform>e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>AliExpress sent %n value(s) that could not be read or stored, so they were left empty or their order was skipped (the next sync tries again): {values}.</source>
            <translation>
                <numerusform>O AliExpress enviou %n valor que não pôde ser lido nem salvo, então ficou vazio ou o pedido foi ignorado (a próxima sincronização tenta de novo): {values}.</numerusform>
                <numerusform>O AliExpress enviou %n valores que não puderam ser lidos nem salvos, então ficaram vazios ou o pedido foi ignorado (a próxima sincronização tenta de novo): {values}.</numerusform>
            </translation>
        </message>
        <message>
            <source>an order without a sub-order ID</source>
            <translation>um pedido sem ID de subpedido</translation>
        </message>
        <message>
            <source>sub-order {sub_order}</source>
            <translation>subpedido {sub_order}</translation>
        </message>
        <message>
            <source>sub-order {sub_order}, {field} “{value}”</source>
            <translation>subpedido {sub_order}, {field} “{value}”</translation>
        </message>
        <message>
            <source>The sync stopped on an unexpected problem ({problem}); the log has the details.</source>
            <translation>A sincronização parou por um problema inesperado ({problem}); o log tem os detalhes.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Imported orders: {new} new, {updated} updated, {unchanged} unchanged; {changes} status changes and {runs} sync runs copied.</source>
            <translation>Pedidos importados: novos: {new}, atualizados: {updated}, sem alterações: {unchanged}; mudanças de status copiadas: {changes}, sincronizações copiadas: {runs}.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>esse arquivo não existe</translation>
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
            <translation>argumentos posicionais</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opções</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar esta ajuda e sair</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: erro: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>os seguintes argumentos são obrigatórios: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos não reconhecidos: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>esperava-se um argumento</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>o argumento explícito %r foi ignorado</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opção ambígua: %(option)s pode ser %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de %(type)s inválido: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>não é possível abrir '%(filename)s': %(error)s</translation>
        </message>
    </context>
</TS>
