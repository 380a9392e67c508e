<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AliExpress</name>
        <message>
            <source>Unknown signing method {method}.</source>
            <translation>Неизвестный способ подписи {method}.</translation>
        </message>
        <message>
            <source>AliExpress keeps limiting requests; try the sync again later.</source>
            <translation>AliExpress продолжает ограничивать запросы; повторите синхронизацию позже.</translation>
        </message>
        <message>
            <source>AliExpress did not answer in time.</source>
            <translation>AliExpress не ответил вовремя.</translation>
        </message>
        <message>
            <source>The secure connection to the gateway could not be verified (its certificate is not trusted). Check the gateway address in Settings → Advanced and the computer's clock.</source>
            <translation>Не удалось проверить защищённое соединение со шлюзом (его сертификату нет доверия). Проверьте адрес шлюза (Настройки → Дополнительно) и часы компьютера.</translation>
        </message>
        <message>
            <source>Could not reach AliExpress. Check the internet connection.</source>
            <translation>Не удалось связаться с AliExpress. Проверьте подключение к интернету.</translation>
        </message>
        <message>
            <source>The gateway answered with a redirect (HTTP {status}) to {location}, which aliorders does not follow. Check the gateway address in Settings → Advanced.</source>
            <translation>Шлюз ответил перенаправлением (HTTP {status}) на {location}, а aliorders не следует перенаправлениям. Проверьте адрес шлюза (Настройки → Дополнительно).</translation>
        </message>
        <message>
            <source>AliExpress had a temporary problem (HTTP {status}).</source>
            <translation>У AliExpress временная неполадка (HTTP {status}).</translation>
        </message>
        <message>
            <source>AliExpress answered with HTTP {status}.</source>
            <translation>AliExpress ответил кодом HTTP {status}.</translation>
        </message>
        <message>
            <source>AliExpress sent an answer larger than {cap} MB; aliorders stopped reading it.</source>
            <translation>AliExpress прислал ответ больше {cap} МБ; aliorders перестал его читать.</translation>
        </message>
        <message>
            <source>The gateway address {url} is not allowed: use https:// (plain http:// only for this computer).</source>
            <translation>Адрес шлюза {url} не допускается: используйте https:// (простой http:// — только для этого компьютера).</translation>
        </message>
        <message>
            <source>AliExpress sent an incomplete or unreadable answer.</source>
            <translation>AliExpress прислал неполный или нечитаемый ответ.</translation>
        </message>
        <message>
            <source>AliExpress sent an answer in an unexpected shape.</source>
            <translation>AliExpress прислал ответ в неожиданном формате.</translation>
        </message>
        <message>
            <source>Open Settings → Account and reconnect your AliExpress account.</source>
            <translation>Откройте Настройки → Аккаунт и заново подключите аккаунт AliExpress.</translation>
        </message>
        <message>
            <source>AliExpress says this account is not a registered affiliate publisher, or the app has no permission to read orders. Check the app's status in the AliExpress affiliate portal.</source>
            <translation>AliExpress сообщает, что этот аккаунт не зарегистрирован как партнёр-паблишер или у приложения нет права читать заказы. Проверьте статус приложения в партнёрском кабинете AliExpress.</translation>
        </message>
        <message>
            <source>AliExpress reported a temporary system error.</source>
            <translation>AliExpress сообщил о временной системной ошибке.</translation>
        </message>
        <message>
            <source>AliExpress is limiting requests for {seconds} s.</source>
            <translation>AliExpress ограничивает запросы на {seconds} с.</translation>
        </message>
        <message>
            <source>AliExpress does not recognise this App Key.</source>
            <translation>AliExpress не знает этот App Key.</translation>
        </message>
        <message>
            <source>AliExpress refused the request signature: the App Secret does not match the App Key.</source>
            <translation>AliExpress отклонил подпись запроса: App Secret не подходит к App Key.</translation>
        </message>
        <message>
            <source>This AliExpress app has no permission to read affiliate orders.</source>
            <translation>У этого приложения AliExpress нет права читать партнёрские заказы.</translation>
        </message>
        <message>
            <source>AliExpress reported a temporary service error.</source>
            <translation>AliExpress сообщил о временной ошибке сервиса.</translation>
        </message>
        <message>
            <source>AliExpress refused a query window as too long.</source>
            <translation>AliExpress отклонил слишком длинный период запроса.</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
        <message>
            <source>AliExpress refused the request: {reason}.</source>
            <translation>AliExpress отклонил запрос: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{text} is not a date like 2026-01-31</source>
            <translation>{text} — не дата вида 2026-01-31</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 1 to {most}</source>
            <translation>{text} — не целое число от 1 до {most}</translation>
        </message>
        <message>
            <source>Keep every AliExpress affiliate order on this machine. Without a command, opens the window.</source>
            <translation>Все партнёрские заказы AliExpress — на этом компьютере. Без команды открывает окно программы.</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>показать версию и выйти</translation>
        </message>
        <message>
            <source>open the window on demo data</source>
            <translation>открыть окно с демонстрационными данными</translation>
        </message>
        <message>
            <source>start in the system tray without showing the window, as at login</source>
            <translation>запуститься в системном трее, не показывая окно, как при входе в систему</translation>
        </message>
        <message>
            <source>check this installation (Qt, database, a sync against a simulated gateway) and exit</source>
            <translation>проверить эту установку (Qt, база данных, синхронизация с имитацией шлюза) и выйти</translation>
        </message>
        <message>
            <source>FILE|URL</source>
            <translation>ФАЙЛ|URL</translation>
        </message>
        <message>
            <source>database file or URL (default: ALIORDERS_DB or the settings)</source>
            <translation>файл или URL базы данных (по умолчанию: ALIORDERS_DB или настройки)</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>КОМАНДА</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>fetch orders of a date range from AliExpress</source>
            <translation>загрузить заказы за период из AliExpress</translation>
        </message>
        <message>
            <source>first day, included</source>
            <translation>первый день, включительно</translation>
        </message>
        <message>
            <source>last day, included (default: today)</source>
            <translation>последний день, включительно (по умолчанию: сегодня)</translation>
        </message>
        <message>
            <source>fetch only the days of the range that no completed sync fetched</source>
            <translation>загрузить только те дни периода, которые не загрузила ни одна завершённая синхронизация</translation>
        </message>
        <message>
            <source>requests in flight at once, 1 to {most} (default: the setting, {default} unless changed)</source>
            <translation>одновременных запросов, от 1 до {most} (по умолчанию: из настроек, {default}, если не меняли)</translation>
        </message>
        <message>
            <source>write stored orders to a CSV file or an Excel workbook</source>
            <translation>записать сохранённые заказы в файл CSV или книгу Excel</translation>
        </message>
        <message>
            <source>FILE.csv|FILE.xlsx</source>
            <translation>ФАЙЛ.csv|ФАЙЛ.xlsx</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>файл для записи</translation>
        </message>
        <message>
            <source>csv or xlsx (default: by the extension of --out, csv unless it ends in .xlsx)</source>
            <translation>csv или xlsx (по умолчанию — по расширению --out: csv, если это не .xlsx)</translation>
        </message>
        <message>
            <source>only this status, as AliExpress names it (repeat for several)</source>
            <translation>только этот статус, как его называет AliExpress (повторите для нескольких)</translation>
        </message>
        <message>
            <source>only this Order ID, or the IDs it starts</source>
            <translation>только этот Order ID или ID, которые с него начинаются</translation>
        </message>
        <message>
            <source>only this Tracking ID, or the IDs it starts</source>
            <translation>только этот Tracking ID или ID, которые с него начинаются</translation>
        </message>
        <message>
            <source>only this Product ID, or the IDs it starts</source>
            <translation>только этот ID товара или ID, которые с него начинаются</translation>
        </message>
        <message>
            <source>CSV: write IDs as ="…" so Excel keeps all their digits (it rounds numbers over 15 digits); a workbook always keeps them as text</source>
            <translation>CSV: записывать ID как ="…", чтобы Excel сохранил все цифры (числа длиннее 15 цифр он округляет); в книге Excel ID всегда хранятся как текст</translation>
        </message>
        <message>
            <source>column titles (and a workbook's words) in English whatever the language, for scripts that read the file by its column names</source>
            <translation>заголовки столбцов (и все надписи книги Excel) на английском при любом языке — для скриптов, которые читают файл по названиям столбцов</translation>
        </message>
        <message>
            <source>show the database location, order count, this and last month's commission and last syncs</source>
            <translation>показать расположение базы данных, число заказов, комиссию за этот и прошлый месяц и последние синхронизации</translation>
        </message>
        <message>
            <source>check from this day that every day was synced (default: the first synced)</source>
            <translation>проверить, начиная с этого дня, что все дни синхронизированы (по умолчанию: с первого синхронизированного)</translation>
        </message>
        <message>
            <source>check up to this day that every day was synced (default: today)</source>
            <translation>проверить до этого дня, что все дни синхронизированы (по умолчанию: сегодня)</translation>
        </message>
        <message>
            <source>the month figures by the day the buyer paid, confirmed receipt, or the commission was settled (default: paid)</source>
            <translation>по какому дню считать суммы за месяц: дню оплаты, получения заказа покупателем или подтверждения комиссии (по умолчанию: paid)</translation>
        </message>
        <message>
            <source>run the simulated AliExpress gateway on this machine</source>
            <translation>запустить на этом компьютере имитацию шлюза AliExpress</translation>
        </message>
        <message>
            <source>port to listen on</source>
            <translation>порт для входящих подключений</translation>
        </message>
        <message>
            <source>seed of the generated orders (same seed, same orders)</source>
            <translation>начальное значение для генерации заказов (то же значение — те же заказы)</translation>
        </message>
        <message>
            <source>sub-orders to generate</source>
            <translation>сколько подзаказов создать</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>СЕКУНДЫ</translation>
        </message>
        <message>
            <source>wait this long before each answer</source>
            <translation>ждать столько перед каждым ответом</translation>
        </message>
        <message>
            <source>how to say a query found no orders: resp_code 405, an empty result, or the gateway error code 15 / ERROR-405</source>
            <translation>как сообщать, что запрос не нашёл заказов: resp_code 405, пустой результат или код ошибки шлюза 15 / ERROR-405</translation>
        </message>
        <message>
            <source>share of orders (0 to 1) whose money is sent in major units</source>
            <translation>доля заказов (от 0 до 1), суммы которых передаются в основных денежных единицах</translation>
        </message>
        <message>
            <source>share of orders (0 to 1) that get one absurd value</source>
            <translation>доля заказов (от 0 до 1), получающих одно абсурдное значение</translation>
        </message>
        <message>
            <source>SHARE</source>
            <translation>ДОЛЯ</translation>
        </message>
        <message>
            <source>{text} is not a month like 2026-11</source>
            <translation>{text} — не месяц вида 2026-11</translation>
        </message>
        <message>
            <source>{text} is not a year like 2026</source>
            <translation>{text} — не год вида 2026</translation>
        </message>
        <message>
            <source>write the commission settled in each local calendar month, with its orders</source>
            <translation>записать подтверждённую комиссию за каждый календарный месяц (по местному времени) вместе с её заказами</translation>
        </message>
        <message>
            <source>YYYY-MM</source>
            <translation>ГГГГ-ММ</translation>
        </message>
        <message>
            <source>one month, e.g. 2026-11</source>
            <translation>один месяц, например 2026-11</translation>
        </message>
        <message>
            <source>YYYY</source>
            <translation>ГГГГ</translation>
        </message>
        <message>
            <source>every month of one year</source>
            <translation>все месяцы одного года</translation>
        </message>
        <message>
            <source>the file to write: an Excel workbook if it ends in .xlsx, else CSV</source>
            <translation>файл для записи: книга Excel, если имя оканчивается на .xlsx, иначе CSV</translation>
        </message>
        <message>
            <source>titles and words in English whatever the language</source>
            <translation>заголовки и надписи на английском при любом языке</translation>
        </message>
        <message>
            <source>last day, included</source>
            <translation>последний день, включительно</translation>
        </message>
        <message>
            <source>which day of each order --from and --to mean: the day the buyer paid, confirmed receipt, or the commission was settled (default: paid); an order without that day yet is outside every range</source>
            <translation>какой день заказа означают --from и --to: день оплаты, получения заказа покупателем или подтверждения комиссии (по умолчанию: paid); заказ, у которого такого дня ещё нет, не попадает ни в один период</translation>
        </message>
        <message>
            <source>set up and fill a team workspace on PostgreSQL</source>
            <translation>создать и заполнить рабочее пространство команды на PostgreSQL</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ДЕЙСТВИЕ</translation>
        </message>
        <message>
            <source>create the tables, the aliorders_admin and aliorders_viewer roles and their grants</source>
            <translation>создать таблицы, роли aliorders_admin и aliorders_viewer и их права</translation>
        </message>
        <message>
            <source>the workspace database, as a superuser or its owner</source>
            <translation>база данных рабочего пространства, от имени суперпользователя или её владельца</translation>
        </message>
        <message>
            <source>copy a local history (orders, status changes, syncs) in</source>
            <translation>перенести сюда локальную историю (заказы, смены статусов, синхронизации)</translation>
        </message>
        <message>
            <source>LOCAL.db</source>
            <translation>ЛОКАЛЬНАЯ.db</translation>
        </message>
        <message>
            <source>the local database file to copy</source>
            <translation>локальный файл базы данных, который нужно перенести</translation>
        </message>
        <message>
            <source>the workspace database, as a user of aliorders_admin</source>
            <translation>база данных рабочего пространства, от имени пользователя с ролью aliorders_admin</translation>
        </message>
        <message>
            <source>No AliExpress account is connected. Connect it in the window (Settings → Account), or set {key} and {secret}.</source>
            <translation>Аккаунт AliExpress не подключён. Подключите его в окне программы (Настройки → Аккаунт) или задайте {key} и {secret}.</translation>
        </message>
        <message>
            <source>Every day of {first} – {last} was synced already.</source>
            <translation>Все дни периода {first} – {last} уже синхронизированы.</translation>
        </message>
        <message>
            <source>{error} Everything fetched before the error is kept.</source>
            <translation>{error} Всё, что загружено до ошибки, сохранено.</translation>
        </message>
        <message>
            <source>{done}/{planned} pages, {new} new, {updated} updated</source>
            <translation>страниц: {done}/{planned}, новых: {new}, обновлено: {updated}</translation>
        </message>
        <message>
            <source>Could not write {file}: {reason}.</source>
            <translation>Не удалось записать {file}: {reason}.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to {file}</source>
            <translation>
                <numerusform>Экспортирована %n строка в {file}</numerusform>
                <numerusform>Экспортировано %n строки в {file}</numerusform>
                <numerusform>Экспортировано %n строк в {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not one of: {choices}</source>
            <translation>{value} не входит в число вариантов: {choices}</translation>
        </message>
        <message>
            <source>write commission per product, country, sub ID… to a CSV file or an Excel workbook</source>
            <translation>записать комиссию по товарам, странам, sub ID… в файл CSV или книгу Excel</translation>
        </message>
        <message>
            <source>what to group by; sub-id:KEY groups by one sub-ID key (default key: af_sub)</source>
            <translation>по чему группировать; sub-id:KEY группирует по одному ключу sub ID (ключ по умолчанию: af_sub)</translation>
        </message>
        <message>
            <source>only this settlement currency (default: each currency, in rows of its own)</source>
            <translation>только эта валюта расчётов (по умолчанию — каждая валюта отдельными строками)</translation>
        </message>
        <message>
            <source>the file to write (an Excel workbook if it ends in .xlsx)</source>
            <translation>файл для записи (книга Excel, если имя оканчивается на .xlsx)</translation>
        </message>
        <message>
            <source>column titles in English whatever the language, for scripts</source>
            <translation>заголовки столбцов на английском при любом языке — для скриптов</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n settled orders ({first} – {last}) to {file}</source>
            <translation>
                <numerusform>Записан %n подтверждённый заказ ({first} – {last}) в {file}</numerusform>
                <numerusform>Записано %n подтверждённых заказа ({first} – {last}) в {file}</numerusform>
                <numerusform>Записано %n подтверждённых заказов ({first} – {last}) в {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>--to ({last}) is before --from ({first}).</source>
            <translation>--to ({last}) раньше, чем --from ({first}).</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>База данных: {location}</translation>
        </message>
        <message numerus="yes">
            <source>Orders:   %n sub-orders</source>
            <translation>
                <numerusform>Заказы:      %n подзаказ</numerusform>
                <numerusform>Заказы:      %n подзаказа</numerusform>
                <numerusform>Заказы:      %n подзаказов</numerusform>
            </translation>
        </message>
        <message>
            <source>Access:   {user} may sync and delete</source>
            <translation>Доступ:      {user} может синхронизировать и удалять</translation>
        </message>
        <message>
            <source>Access:   {user} may sync</source>
            <translation>Доступ:      {user} может синхронизировать</translation>
        </message>
        <message>
            <source>Access:   {user} may view</source>
            <translation>Доступ:      {user} может только просматривать</translation>
        </message>
        <message>
            <source>Last sync: never</source>
            <translation>Синхронизаций ещё не было</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Этот месяц</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Прошлый месяц</translation>
        </message>
        <message>
            <source>Commission of the orders paid (≈ estimate until settled), your local days:</source>
            <translation>Комиссия оплаченных заказов (≈ ожидаемая до подтверждения), дни по вашему местному времени:</translation>
        </message>
        <message>
            <source>Commission of the orders the buyer confirmed (≈ estimate until settled), your local days:</source>
            <translation>Комиссия заказов, полученных покупателем (≈ ожидаемая до подтверждения), дни по вашему местному времени:</translation>
        </message>
        <message>
            <source>Commission settled (final), your local days:</source>
            <translation>Подтверждённая комиссия (окончательная), дни по вашему местному времени:</translation>
        </message>
        <message>
            <source>Fetch them with: {command}</source>
            <translation>Загрузить их можно командой: {command}</translation>
        </message>
        <message>
            <source>Last running sync: {when} for {first} – {last}</source>
            <translation>Последняя незавершённая синхронизация: {when}, период {first} – {last}</translation>
        </message>
        <message>
            <source>Last completed sync: {when} for {first} – {last}</source>
            <translation>Последняя завершённая синхронизация: {when}, период {first} – {last}</translation>
        </message>
        <message>
            <source>Last sync with problems: {when} for {first} – {last}</source>
            <translation>Последняя синхронизация с проблемами: {when}, период {first} – {last}</translation>
        </message>
        <message>
            <source>Last cancelled sync: {when} for {first} – {last}</source>
            <translation>Последняя отменённая синхронизация: {when}, период {first} – {last}</translation>
        </message>
        <message>
            <source>Last failed sync: {when} for {first} – {last}</source>
            <translation>Последняя неудачная синхронизация: {when}, период {first} – {last}</translation>
        </message>
        <message>
            <source>Last interrupted sync: {when} for {first} – {last}</source>
            <translation>Последняя прерванная синхронизация: {when}, период {first} – {last}</translation>
        </message>
        <message>
            <source>A team workspace lives on PostgreSQL: add --db postgresql://USER@HOST/DBNAME.</source>
            <translation>Рабочее пространство команды находится в PostgreSQL: добавьте --db postgresql://USER@HOST/DBNAME.</translation>
        </message>
        <message>
            <source>Check these functions and operators in the workspace's schema: other users made them while anyone could create objects there, and aliorders did not. Drop those you do not know, e.g. DROP FUNCTION or DROP OPERATOR followed by the name shown.</source>
            <translation>Проверьте эти функции и операторы в схеме рабочего пространства: их создали другие пользователи, пока создавать там объекты мог кто угодно, а не aliorders. Удалите незнакомые, например командой DROP FUNCTION или DROP OPERATOR с указанным именем.</translation>
        </message>
        <message>
            <source>{object}, made by {owner}</source>
            <translation>{object}, создатель: {owner}</translation>
        </message>
        <message>
            <source>Workspace ready: {location}
Roles: {admin} may sync and delete orders; {viewer} may view, refresh and export them.
Give each person a database user in one role, e.g. in psql as this superuser or owner:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- syncs from AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- views and exports
Each connects with Settings → Advanced → Database, or: aliorders --db {address}
Copy a local history in with: aliorders workspace import --from orders.db --db {address}</source>
            <translation>Рабочее пространство готово: {location}
Роли: {admin} может синхронизировать и удалять заказы; {viewer} может просматривать, обновлять и экспортировать их.
Создайте каждому человеку пользователя базы данных с одной из ролей, например в psql от имени этого суперпользователя или владельца:
  CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE {admin};   -- синхронизирует из AliExpress
  CREATE ROLE bob LOGIN PASSWORD '…' IN ROLE {viewer};   -- просматривает и экспортирует
Каждый подключается через Настройки → Дополнительно → База данных или так: aliorders --db {address}
Локальную историю можно перенести командой: aliorders workspace import --from orders.db --db {address}</translation>
        </message>
        <message>
            <source>Only the owner may create objects in the workspace's schema (CREATE revoked from {roles}), so no member can plant code that runs with another member's rights.</source>
            <translation>Создавать объекты в схеме рабочего пространства может только владелец (право CREATE отозвано у {roles}), поэтому никто из участников не сможет подложить код, который выполнится с правами другого участника.</translation>
        </message>
    </context>
    <context>
        <name>CommissionState</name>
        <message>
            <source>estimate</source>
            <translation>ожидаемая</translation>
        </message>
        <message>
            <source>final</source>
            <translation>подтверждённая</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>Coverage</name>
        <message numerus="yes">
            <source>{spans} and %n more</source>
            <translation>
                <numerusform>{spans} и ещё %n</numerusform>
                <numerusform>{spans} и ещё %n</numerusform>
                <numerusform>{spans} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody in this workspace ever synced {spans}, so orders of those days may be missing.</source>
            <translation>В этом рабочем пространстве никто ни разу не синхронизировал дни {spans}, поэтому заказы за эти дни могут отсутствовать.</translation>
        </message>
        <message>
            <source>No sync ever fetched {spans}, so orders of those days may be missing.</source>
            <translation>Ни одна синхронизация не загружала дни {spans}, поэтому заказы за эти дни могут отсутствовать.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>aliorders ran into an unexpected problem ({problem}). Your orders are safe; details were written to {log}.</source>
            <translation>В aliorders произошла непредвиденная ошибка ({problem}). Ваши заказы в сохранности; подробности записаны в {log}.</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <source>The App Secret is kept in the system keyring.</source>
            <translation>App Secret хранится в системной связке ключей.</translation>
        </message>
        <message>
            <source>This system has no usable keyring, so aliorders cannot store the App Secret safely. Set {key} and {secret} in the environment, or keep the secret for this session only.</source>
            <translation>В этой системе нет доступной связки ключей, поэтому aliorders не может надёжно сохранить App Secret. Задайте {key} и {secret} в переменных окружения или держите секрет только до конца этого сеанса.</translation>
        </message>
        <message>
            <source>The system keyring accepted the App Secret but did not keep it.</source>
            <translation>Системная связка ключей приняла App Secret, но не сохранила его.</translation>
        </message>
        <message>
            <source>The system keyring is locked. Unlock it and try again.</source>
            <translation>Системная связка ключей заблокирована. Разблокируйте её и попробуйте снова.</translation>
        </message>
        <message>
            <source>The system keyring refused: {reason}. Unlock it or try again.</source>
            <translation>Системная связка ключей отказала: {reason}. Разблокируйте её или попробуйте снова.</translation>
        </message>
        <message>
            <source>This system has no usable keyring, so aliorders cannot store the database password safely. Set it in the PGPASSWORD environment variable instead.</source>
            <translation>В этой системе нет доступной связки ключей, поэтому aliorders не может надёжно сохранить пароль базы данных. Задайте его в переменной окружения PGPASSWORD.</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Заказы</translation>
        </message>
        <message>
            <source>Sub-orders</source>
            <translation>Подзаказы</translation>
        </message>
        <message>
            <source>Paid amount</source>
            <translation>Сумма оплаты</translation>
        </message>
        <message>
            <source>Estimated commission</source>
            <translation>Ожидаемая комиссия</translation>
        </message>
        <message>
            <source>Settled commission (final)</source>
            <translation>Подтверждённая комиссия (итоговая)</translation>
        </message>
        <message>
            <source>Invalid rate (%)</source>
            <translation>Доля отклонённых (%)</translation>
        </message>
        <message>
            <source>Average commission rate (%)</source>
            <translation>Средняя ставка комиссии (%)</translation>
        </message>
        <message>
            <source>Share of commission (%)</source>
            <translation>Доля комиссии (%)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Разбивка</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>ID заказа</translation>
        </message>
        <message>
            <source>Sub-order ID</source>
            <translation>ID подзаказа</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Commission state</source>
            <translation>Состояние комиссии</translation>
        </message>
        <message>
            <source>Tracking ID</source>
            <translation>Tracking ID</translation>
        </message>
        <message>
            <source>Custom parameters</source>
            <translation>Пользовательские параметры</translation>
        </message>
        <message>
            <source>Product ID</source>
            <translation>ID товара</translation>
        </message>
        <message>
            <source>Product title</source>
            <translation>Название товара</translation>
        </message>
        <message>
            <source>Product URL</source>
            <translation>Ссылка на товар</translation>
        </message>
        <message>
            <source>Product image URL</source>
            <translation>Ссылка на изображение товара</translation>
        </message>
        <message>
            <source>Category ID</source>
            <translation>ID категории</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Finished amount</source>
            <translation>Сумма при завершении</translation>
        </message>
        <message>
            <source>Commission at completion</source>
            <translation>Комиссия при завершении</translation>
        </message>
        <message>
            <source>New buyer bonus</source>
            <translation>Бонус за нового покупателя</translation>
        </message>
        <message>
            <source>Commission rate (%)</source>
            <translation>Ставка комиссии (%)</translation>
        </message>
        <message>
            <source>Created (local time)</source>
            <translation>Создан (местное время)</translation>
        </message>
        <message>
            <source>Paid (local time)</source>
            <translation>Оплачен (местное время)</translation>
        </message>
        <message>
            <source>Confirmed (local time)</source>
            <translation>Получен (местное время)</translation>
        </message>
        <message>
            <source>Settled (local time)</source>
            <translation>Подтверждён (местное время)</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Ship to country</source>
            <translation>Страна доставки</translation>
        </message>
        <message>
            <source>New buyer</source>
            <translation>Новый покупатель</translation>
        </message>
        <message>
            <source>the disk is full; free some space or choose another place</source>
            <translation>диск заполнен; освободите место или выберите другое расположение</translation>
        </message>
        <message>
            <source>the folder {folder} is on a read-only disk; choose another place</source>
            <translation>папка {folder} находится на диске только для чтения; выберите другое расположение</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>папки {folder} не существует</translation>
        </message>
        <message>
            <source>{folder} is not a folder</source>
            <translation>{folder} — не папка</translation>
        </message>
        <message>
            <source>{target} is a folder</source>
            <translation>{target} — это папка</translation>
        </message>
        <message>
            <source>you may not write in the folder {folder}; choose another place</source>
            <translation>у вас нет права записи в папку {folder}; выберите другое расположение</translation>
        </message>
        <message>
            <source>the file is open in another program (Excel?); close it there and export again</source>
            <translation>файл открыт в другой программе (Excel?); закройте его там и экспортируйте снова</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Settled commission</source>
            <translation>Подтверждённая комиссия</translation>
        </message>
        <message>
            <source>Commission settled in each month (Completed Settlement, final figures), by settlement date. Months are local calendar months ({zone}). Totals are per currency, never added across currencies.</source>
            <translation>Комиссия, подтверждённая в каждом месяце (статус «Подтверждён», окончательные суммы), по дате подтверждения. Месяцы — календарные, по местному времени ({zone}). Итоги даны по каждой валюте отдельно: разные валюты не суммируются.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Итоги</translation>
        </message>
        <message>
            <source>{count} orders are more than an Excel sheet holds ({limit}); narrow the date range or export CSV</source>
            <translation>заказов ({count}) больше, чем вмещает лист Excel ({limit}); сузьте период или экспортируйте в CSV</translation>
        </message>
        <message>
            <source>Commission is an estimate until Completed Settlement; Invalid orders earn none.</source>
            <translation>Комиссия остаётся ожидаемой, пока заказ не получит статус «Подтверждён»; по заказам со статусом «Отклонён» комиссии нет.</translation>
        </message>
    </context>
    <context>
        <name>Flag</name>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>Gateway</name>
        <message numerus="yes">
            <source>Generated %n sub-orders in {seconds} s (seed {seed}).</source>
            <translation>
                <numerusform>Создан %n подзаказ за {seconds} с (начальное значение {seed}).</numerusform>
                <numerusform>Создано %n подзаказа за {seconds} с (начальное значение {seed}).</numerusform>
                <numerusform>Создано %n подзаказов за {seconds} с (начальное значение {seed}).</numerusform>
            </translation>
        </message>
        <message>
            <source>AliExpress gateway simulator listening on {url}</source>
            <translation>Имитация шлюза AliExpress ждёт подключений на {url}</translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Нажмите Ctrl+C, чтобы остановить.</translation>
        </message>
        <message>
            <source>Gateway stopped.</source>
            <translation>Шлюз остановлен.</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <source>Payment Completed</source>
            <translation>Оплачен</translation>
        </message>
        <message>
            <source>Buyer Confirmed Receipt</source>
            <translation>Получен покупателем</translation>
        </message>
        <message>
            <source>Completed Settlement</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Отклонён</translation>
        </message>
        <message>
            <source>payment completed time</source>
            <translation>времени оплаты</translation>
        </message>
        <message>
            <source>buyer confirmed receipt time</source>
            <translation>времени получения покупателем</translation>
        </message>
        <message>
            <source>completed settlement time</source>
            <translation>времени подтверждения</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Pacific time with daylight saving (what AliExpress calls "PST")</source>
            <translation>Тихоокеанское время с переходом на летнее (то, что AliExpress называет «PST»)</translation>
        </message>
        <message>
            <source>Fixed UTC−8</source>
            <translation>Постоянное UTC−8</translation>
        </message>
        <message>
            <source>Fixed UTC+8 (Beijing time)</source>
            <translation>Постоянное UTC+8 (пекинское время)</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>the address is not a valid URL: in a user name or password, write / ? # @ as {codes}</source>
            <translation>адрес не является допустимым URL: в имени пользователя или пароле записывайте / ? # @ как {codes}</translation>
        </message>
        <message>
            <source>the address names no database: write postgresql://USER@HOST/DBNAME</source>
            <translation>в адресе не указана база данных: пишите postgresql://USER@HOST/DBNAME</translation>
        </message>
        <message>
            <source>the address asks for {setting}, which could let someone between you and the server read the password. For a server on another computer, leave sslmode out (aliorders then uses verify-full) or set verify-ca, and allow only require_auth=scram-sha-256.</source>
            <translation>в адресе задано {setting}, а это может позволить кому-то между вами и сервером прочитать пароль. Для сервера на другом компьютере не указывайте sslmode (тогда aliorders использует verify-full) или задайте verify-ca и разрешите только require_auth=scram-sha-256.</translation>
        </message>
        <message>
            <source>other database users ({roles}) may create objects in its schema, where they could plant code that runs with your rights. If workspace init cannot take that right back (a PostgreSQL 14 or older default), a superuser runs: {statement}</source>
            <translation>другие пользователи базы данных ({roles}) могут создавать объекты в его схеме и подложить туда код, который выполнится с вашими правами. Если workspace init не может отозвать это право (так по умолчанию в PostgreSQL 14 и более ранних версиях), суперпользователь выполняет: {statement}</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>база данных</translation>
        </message>
        <message>
            <source>the server offers no encrypted (TLS) connection. Ask its administrator to turn on ssl in postgresql.conf, or reach it through an SSH tunnel to localhost.</source>
            <translation>сервер не предлагает зашифрованное соединение (TLS). Попросите его администратора включить ssl в postgresql.conf или подключайтесь к нему через SSH-туннель на localhost.</translation>
        </message>
        <message>
            <source>its certificate could not be verified. Add sslrootcert=/path/to/ca.crt to the address (or set PGSSLROOTCERT) with the certificate of the authority that signed the server's, and use the name its certificate was issued for as the host.</source>
            <translation>не удалось проверить его сертификат. Добавьте в адрес sslrootcert=/path/to/ca.crt (или задайте PGSSLROOTCERT) с сертификатом центра, подписавшего сертификат сервера, и укажите в качестве хоста имя, на которое выдан его сертификат.</translation>
        </message>
        <message>
            <source>the server asked for the password itself instead of a SCRAM-SHA-256 proof. Ask its administrator to use scram-sha-256 for your user in pg_hba.conf.</source>
            <translation>сервер запросил сам пароль вместо подтверждения SCRAM-SHA-256. Попросите его администратора включить scram-sha-256 для вашего пользователя в pg_hba.conf.</translation>
        </message>
        <message>
            <source>{location} is not an aliorders database (it is not a database file at all). It was left untouched. Choose another file, or a new file name to start a database.</source>
            <translation>{location} — не база данных aliorders (и вообще не файл базы данных). Файл не тронут. Выберите другой файл или новое имя файла, чтобы создать базу данных.</translation>
        </message>
        <message>
            <source>The database {location} is damaged ({detail}). It was left untouched. Restore a backup (aliorders keeps .bak copies next to it before upgrades) or choose another database.</source>
            <translation>База данных {location} повреждена ({detail}). Файл не тронут. Восстановите резервную копию (перед обновлениями aliorders сохраняет рядом копии .bak) или выберите другую базу данных.</translation>
        </message>
        <message>
            <source>{location} is a database of another program, not an aliorders database. It was left untouched. Choose another file, or a new file name to start a database.</source>
            <translation>{location} — база данных другой программы, а не aliorders. Файл не тронут. Выберите другой файл или новое имя файла, чтобы создать базу данных.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of aliorders (schema {found}); this version understands up to {supported}. Update aliorders or choose another database.</source>
            <translation>Эта база данных записана более новой версией aliorders (схема {found}); эта версия понимает схемы до {supported}. Обновите aliorders или выберите другую базу данных.</translation>
        </message>
        <message>
            <source> A copy from before the upgrade is at {backup}.</source>
            <translation> Копия, сделанная до обновления: {backup}.</translation>
        </message>
        <message>
            <source>Upgrading the database {location} to schema {target} failed ({detail}). It is unchanged since schema {previous}.{copy} Please report this problem.</source>
            <translation>Не удалось обновить базу данных {location} до схемы {target} ({detail}). Она осталась такой же, как при схеме {previous}.{copy} Пожалуйста, сообщите об этой проблеме.</translation>
        </message>
        <message>
            <source>The database {location} can be read but not written (read-only file, folder or disk). aliorders needs to write to it. Move it somewhere you can write, or change its permissions.</source>
            <translation>Базу данных {location} можно читать, но нельзя записывать (файл, папка или диск только для чтения). aliorders нужно записывать в неё. Переместите её туда, где есть право записи, или измените права доступа.</translation>
        </message>
        <message>
            <source>The database {location} is busy: another program (perhaps a second aliorders window) is writing to it. Close that program and try again.</source>
            <translation>База данных {location} занята: в неё пишет другая программа (возможно, второе окно aliorders). Закройте эту программу и попробуйте снова.</translation>
        </message>
        <message>
            <source>The disk holding the database {location} is full. Nothing half-written was kept: free some space and sync again to fetch the rest.</source>
            <translation>Диск с базой данных {location} заполнен. Недописанные данные не сохранены: освободите место и снова синхронизируйте, чтобы загрузить остальное.</translation>
        </message>
        <message>
            <source>aliorders could not open or create the database {location} ({detail}). Check that the folder exists and that you may write to it, or for a server that it is running and the address is right.</source>
            <translation>aliorders не удалось открыть или создать базу данных {location} ({detail}). Проверьте, что папка существует и у вас есть право записи в неё, а для сервера — что он запущен и адрес верный.</translation>
        </message>
        <message>
            <source>The workspace server {location} cannot be reached ({detail}). Check the address, that the server is running, and your network connection.</source>
            <translation>Сервер рабочего пространства {location} недоступен ({detail}). Проверьте адрес, запущен ли сервер, и подключение к сети.</translation>
        </message>
        <message>
            <source>The workspace server {location} refused the user name or password. Check them in Settings → Advanced → Database, or ask the workspace admin.</source>
            <translation>Сервер рабочего пространства {location} не принял имя пользователя или пароль. Проверьте их (Настройки → Дополнительно → База данных) или обратитесь к администратору рабочего пространства.</translation>
        </message>
        <message>
            <source>The connection to the workspace server {location} was lost. Every page saved before that is kept and the page in flight was not saved: sync again to fetch the rest.</source>
            <translation>Соединение с сервером рабочего пространства {location} потеряно. Все страницы, сохранённые до этого, остались, а загружавшаяся страница не сохранена: снова синхронизируйте, чтобы загрузить остальное.</translation>
        </message>
        <message>
            <source>Your database user{user} may view but not sync or delete orders in the workspace {location}. Syncing is done by the workspace admin: ask them to sync, or to add your user to the aliorders_admin role.</source>
            <translation>Ваш пользователь базы данных{user} может просматривать заказы в рабочем пространстве {location}, но не синхронизировать и не удалять их. Синхронизирует администратор рабочего пространства: попросите его синхронизировать или добавить вашего пользователя в роль aliorders_admin.</translation>
        </message>
        <message>
            <source>The database user {user} may not read the workspace {location}. Ask the workspace admin to add it to the aliorders_viewer role (view) or aliorders_admin role (sync).</source>
            <translation>Пользователь базы данных {user} не может читать рабочее пространство {location}. Попросите администратора рабочего пространства добавить его в роль aliorders_viewer (просмотр) или aliorders_admin (синхронизация).</translation>
        </message>
        <message>
            <source>{location} holds no aliorders workspace yet, and your database user may not create one. The database owner sets it up with: aliorders workspace init --db URL</source>
            <translation>В {location} ещё нет рабочего пространства aliorders, а ваш пользователь базы данных не может его создать. Владелец базы данных создаёт его командой: aliorders workspace init --db URL</translation>
        </message>
        <message>
            <source>The workspace {location} was set up by an older version of aliorders (schema {found}); this version needs schema {needed}. Only whoever set up the workspace ({owner}) may upgrade it, by running this version of aliorders with: aliorders workspace init --db {address}. The orders in it stay as they are. Until then, use the older version.</source>
            <translation>Рабочее пространство {location} создано более старой версией aliorders (схема {found}); этой версии нужна схема {needed}. Обновить его может только тот, кто его создал ({owner}), запустив эту версию aliorders так: aliorders workspace init --db {address}. Заказы в нём останутся как есть. До тех пор пользуйтесь старой версией.</translation>
        </message>
        <message>
            <source>Another aliorders window or `aliorders sync` on this computer started syncing {location}</source>
            <translation>Другое окно aliorders или `aliorders sync` на этом компьютере уже синхронизирует {location}</translation>
        </message>
        <message>
            <source>{user} started a sync</source>
            <translation>{user} запустил синхронизацию</translation>
        </message>
        <message>
            <source> at {started}</source>
            <translation> в {started}</translation>
        </message>
        <message>
            <source>{who}{when}; wait for it to finish, then sync again.</source>
            <translation>{who}{when}; дождитесь окончания и синхронизируйте снова.</translation>
        </message>
        <message>
            <source>aliorders did not send your password to the workspace server {location}: {reason}</source>
            <translation>aliorders не отправил ваш пароль серверу рабочего пространства {location}: {reason}</translation>
        </message>
        <message>
            <source>The workspace {location} is not secured yet: {problem} Whoever set it up ({owner}) fixes this by running this version of aliorders with: aliorders workspace init --db {address}</source>
            <translation>Рабочее пространство {location} ещё не защищено: {problem} Исправить это может тот, кто его создал ({owner}), запустив эту версию aliorders так: aliorders workspace init --db {address}</translation>
        </message>
        <message>
            <source>its schema version is missing</source>
            <translation>в ней нет версии схемы</translation>
        </message>
        <message>
            <source>Other database users ({roles}) may still create objects in the workspace's schema, where they could plant code that runs with an admin's rights; only a superuser can take that right back here. Ask one to run: {statement}</source>
            <translation>Другие пользователи базы данных ({roles}) всё ещё могут создавать объекты в схеме рабочего пространства и подложить туда код, который выполнится с правами администратора; отозвать это право здесь может только суперпользователь. Попросите его выполнить: {statement}</translation>
        </message>
        <message>
            <source>Setting up the workspace needs a PostgreSQL superuser, or the database owner with the CREATEROLE right ({detail}).</source>
            <translation>Для создания рабочего пространства нужен суперпользователь PostgreSQL или владелец базы данных с правом CREATEROLE ({detail}).</translation>
        </message>
        <message>
            <source>it has no sync lock that only admins can take.</source>
            <translation>в нём нет блокировки синхронизации, которую могут взять только администраторы.</translation>
        </message>
        <message>
            <source>Another admin</source>
            <translation>Другой администратор</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>This sync stopped without finishing: aliorders was closed or killed, or its connection to the database was lost. The orders it saved are kept; sync again to fetch the rest.</source>
            <translation>Эта синхронизация прервалась, не завершившись: aliorders закрыли или принудительно остановили, либо пропало соединение с базой данных. Сохранённые заказы остались; синхронизируйте снова, чтобы загрузить остальное.</translation>
        </message>
        <message>
            <source>The connections to AliExpress stopped unexpectedly.</source>
            <translation>Соединения с AliExpress неожиданно прервались.</translation>
        </message>
        <message>
            <source>{status} orders by {time_type}, {window}</source>
            <translation>заказы «{status}» по {time_type}, {window}</translation>
        </message>
        <message numerus="yes">
            <source>{new} new, {updated} updated, {unchanged} unchanged in {seconds} s (%n pages)</source>
            <translation>
                <numerusform>новых: {new}, обновлено: {updated}, без изменений: {unchanged} за {seconds} с (%n страница)</numerusform>
                <numerusform>новых: {new}, обновлено: {updated}, без изменений: {unchanged} за {seconds} с (%n страницы)</numerusform>
                <numerusform>новых: {new}, обновлено: {updated}, без изменений: {unchanged} за {seconds} с (%n страниц)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n odd order(s) from AliExpress, see the log</source>
            <translation>
                <numerusform>; %n нестандартный заказ от AliExpress, подробности в журнале</numerusform>
                <numerusform>; %n нестандартных заказа от AliExpress, подробности в журнале</numerusform>
                <numerusform>; %n нестандартных заказов от AliExpress, подробности в журнале</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled; kept what was fetched: {details}</source>
            <translation>Синхронизация отменена; загруженное сохранено: {details}</translation>
        </message>
        <message>
            <source>Synced with problems: {details}. {problems}</source>
            <translation>Синхронизация завершена с проблемами: {details}. {problems}</translation>
        </message>
        <message>
            <source>Synced {details}</source>
            <translation>Синхронизация завершена: {details}</translation>
        </message>
        <message>
            <source>AliExpress refused these queries, so they were not fetched: {queries}.</source>
            <translation>AliExpress отклонил эти запросы, поэтому они не загружены: {queries}.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>AliExpress sent %n value(s) that could not be read or stored, so they were left empty or their order was skipped (the next sync tries again): {values}.</source>
            <translation>
                <numerusform>AliExpress прислал значения, которые не удалось прочитать или сохранить (%n): они оставлены пустыми или их заказ пропущен (следующая синхронизация попробует снова): {values}.</numerusform>
                <numerusform>AliExpress прислал значения, которые не удалось прочитать или сохранить (%n): они оставлены пустыми или их заказ пропущен (следующая синхронизация попробует снова): {values}.</numerusform>
                <numerusform>AliExpress прислал значения, которые не удалось прочитать или сохранить (%n): они оставлены пустыми или их заказ пропущен (следующая синхронизация попробует снова): {values}.</numerusform>
            </translation>
        </message>
        <message>
            <source>an order without a sub-order ID</source>
            <translation>заказ без ID подзаказа</translation>
        </message>
        <message>
            <source>sub-order {sub_order}</source>
            <translation>подзаказ {sub_order}</translation>
        </message>
        <message>
            <source>sub-order {sub_order}, {field} “{value}”</source>
            <translation>подзаказ {sub_order}, {field} «{value}»</translation>
        </message>
        <message>
            <source>The sync stopped on an unexpected problem ({problem}); the log has the details.</source>
            <translation>Синхронизация остановилась из-за непредвиденной ошибки ({problem}); подробности — в журнале.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Imported orders: {new} new, {updated} updated, {unchanged} unchanged; {changes} status changes and {runs} sync runs copied.</source>
            <translation>Импорт заказов: новых — {new}, обновлено — {updated}, без изменений — {unchanged}; скопировано смен статуса: {changes}, синхронизаций: {runs}.</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>такого файла нет</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>нужно указать аргументы: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>неизвестные аргументы: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ожидается одно значение</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>значение %r не нужно и не учтено</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не удаётся открыть '%(filename)s': %(error)s</translation>
        </message>
    </context>
</TS>
