<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountNotes</name>
    <message>
        <location filename="../ui/settings/account_notes.py" line="+18"/>
        <source>You are exploring aliorders with &lt;b&gt;demo data&lt;/b&gt;: the account below is a demo account, and no real orders are read. To connect your own AliExpress account, leave demo mode, then come back to Settings → Account.</source>
        <translation>Вы знакомитесь с aliorders на &lt;b&gt;демонстрационных данных&lt;/b&gt;: ниже указан демо-аккаунт, настоящие заказы не загружаются. Чтобы подключить свой аккаунт AliExpress, выйдите из демо-режима и снова откройте Настройки → Аккаунт.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These credentials come from the environment variables &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;, so they cannot be changed here. To change or remove them, edit those variables and restart aliorders.</source>
        <translation>Эти учётные данные заданы переменными окружения &lt;b&gt;%1&lt;/b&gt; и &lt;b&gt;%2&lt;/b&gt;, поэтому изменить их здесь нельзя. Чтобы изменить или удалить их, поправьте эти переменные и перезапустите aliorders.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;This computer has no usable system keyring&lt;/b&gt;, so aliorders cannot store the App Secret safely, and it will not write it to a file. You can:&lt;ul style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;set the environment variables &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; to your App Key and App Secret, then restart aliorders; or&lt;/li&gt;&lt;li&gt;enter them above and press &lt;b&gt;Save&lt;/b&gt;: they are kept &lt;b&gt;for this session only&lt;/b&gt;, in memory until aliorders quits, and you enter them again next time.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;На этом компьютере нет доступного системного хранилища паролей&lt;/b&gt;, поэтому aliorders не может надёжно сохранить App Secret, а в файл записывать его не станет. Вы можете:&lt;ul style=&apos;margin-left: -20px&apos;&gt;&lt;li&gt;задать в переменных окружения &lt;b&gt;%1&lt;/b&gt; и &lt;b&gt;%2&lt;/b&gt; ваши App Key и App Secret и перезапустить aliorders или&lt;/li&gt;&lt;li&gt;ввести их выше и нажать &lt;b&gt;Сохранить&lt;/b&gt;: они будут храниться &lt;b&gt;только в этом сеансе&lt;/b&gt;, в памяти до выхода из aliorders, и в следующий раз их нужно будет ввести снова.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/settings/account_page.py" line="+82"/>
        <source>aliorders downloads your orders with your AliExpress affiliate app&apos;s &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt;. You find both on the AliExpress Open Platform: &lt;i&gt;App Console → your affiliate app&lt;/i&gt;.</source>
        <translation>aliorders загружает ваши заказы по &lt;b&gt;App Key&lt;/b&gt; и &lt;b&gt;App Secret&lt;/b&gt; вашего партнёрского приложения AliExpress. Оба ключа есть на AliExpress Open Platform: &lt;i&gt;App Console → ваше партнёрское приложение&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. 34061046</source>
        <translation>например, 34061046</translation>
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
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Show or hide the App Secret</source>
        <translation>Показать или скрыть App Secret</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App &amp;Secret:</source>
        <translation>App &amp;Secret:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The App Secret is kept in your system keyring (like your browser&apos;s saved passwords), never in files or logs.</source>
        <translation>App Secret хранится в системном хранилище паролей (как сохранённые пароли браузера) и никогда не попадает в файлы или журналы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>App &amp;Key:</source>
        <translation>App &amp;Key:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask AliExpress whether it accepts this App Key and App Secret</source>
        <translation>Спросить AliExpress, принимает ли он эти App Key и App Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the App Key and App Secret from this computer</source>
        <translation>Удалить App Key и App Secret с этого компьютера</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo account: App Key %1 (demo data, not a real AliExpress account).</source>
        <translation>Демо-аккаунт: App Key %1 (демонстрационные данные, а не настоящий аккаунт AliExpress).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected: App Key %1, from environment variables %2 and %3.</source>
        <translation>Подключено: App Key %1, из переменных окружения %2 и %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected. Enter your App Key and App Secret, then Save.</source>
        <translation>Не подключено. Введите App Key и App Secret и нажмите «Сохранить».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected: App Key %1, stored in the system keyring.</source>
        <translation>Подключено: App Key %1, хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected: App Key %1, for this session only (forgotten when aliorders quits).</source>
        <translation>Подключено: App Key %1, только на этот сеанс (забудется при выходе из aliorders).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the App Key and the App Secret first.</source>
        <translation>Сначала введите App Key и App Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the App Key first.</source>
        <translation>Сначала введите App Key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the App Secret first.</source>
        <translation>Сначала введите App Secret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was saved. %1</source>
        <translation>Ничего не сохранено. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using these credentials until aliorders quits. Nothing was written to disk.</source>
        <translation>Эти учётные данные используются до выхода из aliorders. На диск ничего не записано.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>AliExpress accepted the App Key and App Secret. Save keeps them in the system keyring.</source>
        <translation>AliExpress принял App Key и App Secret. Нажмите «Сохранить», чтобы сохранить их в системном хранилище паролей.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AliExpress accepted the App Key and App Secret, but this computer has no keyring to keep them: they last until you quit aliorders.</source>
        <translation>AliExpress принял App Key и App Secret, но на этом компьютере нет хранилища паролей для них: они будут действовать до выхода из aliorders.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnect from AliExpress?</source>
        <translation>Отключиться от AliExpress?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the App Key and App Secret from this computer?

Orders already downloaded stay. To sync again you will need to enter the App Key and App Secret again.</source>
        <translation>Удалить App Key и App Secret с этого компьютера?

Уже загруженные заказы останутся. Чтобы снова синхронизировать, нужно будет ещё раз ввести App Key и App Secret.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not disconnect. %1</source>
        <translation>Не удалось отключиться. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnected. The App Key and App Secret were removed from this computer.</source>
        <translation>Отключено. App Key и App Secret удалены с этого компьютера.</translation>
    </message>
</context>
<context>
    <name>AdvancedPage</name>
    <message>
        <location filename="../ui/settings/advanced_page.py" line="+70"/>
        <source>Note: %1 is set in the environment and takes precedence over what you choose here.</source>
        <translation>Обратите внимание: переменная окружения %1 задана и важнее того, что выбрано здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1 and %2 are set in the environment and take precedence over what you choose here.</source>
        <translation>Обратите внимание: переменные окружения %1 и %2 заданы и важнее того, что выбрано здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection to AliExpress</source>
        <translation>Подключение к AliExpress</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Gateway address:</source>
        <translation>&amp;Адрес шлюза:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;time zone:</source>
        <translation>&amp;Часовой пояс API:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave empty to use the standard AliExpress address. Change it only if AliExpress tells you to.</source>
        <translation>Оставьте пустым, чтобы использовать стандартный адрес AliExpress. Меняйте его, только если этого требует AliExpress.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AliExpress documents its order times as “PST”. This setting only changes how date ranges are sent to AliExpress and how the times it returns are read.</source>
        <translation>В документации AliExpress время заказов указано как «PST». Эта настройка влияет только на то, как диапазоны дат отправляются в AliExpress и как читается возвращаемое им время.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not save the settings: %1.</source>
        <translation>Не удалось сохранить настройки: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. aliorders switches to the workspace from the next start outside demo mode. Your local file stays at %1: choose it here again to switch back.</source>
        <translation>Сохранено. aliorders перейдёт в рабочее пространство при следующем запуске вне демо-режима. Локальный файл остаётся в %1: чтобы вернуться, снова выберите его здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. aliorders switches to the workspace when you close Settings. Your local file stays at %1: choose it here again to switch back.</source>
        <translation>Сохранено. aliorders перейдёт в рабочее пространство, когда вы закроете настройки. Локальный файл остаётся в %1: чтобы вернуться, снова выберите его здесь.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. aliorders switches to this database from the next start outside demo mode.</source>
        <translation>Сохранено. aliorders перейдёт на эту базу данных при следующем запуске вне демо-режима.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. aliorders switches to this database when you close Settings.</source>
        <translation>Сохранено. aliorders перейдёт на эту базу данных, когда вы закроете настройки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="+89"/>
        <source>aliorders cannot open its database</source>
        <translation>aliorders не может открыть свою базу данных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can set the file aside (it is renamed, not deleted) and start a new, empty database; a sync then fetches your orders again.</source>
        <translation>Можно отложить файл (он будет переименован, а не удалён) и начать с новой, пустой базы данных; затем синхронизация снова загрузит ваши заказы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set aside and start fresh</source>
        <translation>Отложить и начать заново</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old file was kept as %1.</source>
        <translation>Старый файл сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../ui/session.py" line="+84"/>
        <source>The new database is opened at the next start.</source>
        <translation>Новая база данных откроется при следующем запуске.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>aliorders cannot open that database</source>
        <translation>aliorders не может открыть эту базу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aliorders stays on %1.</source>
        <translation>aliorders продолжает работать с %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Switch databases</source>
        <translation>Сменить базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync or an export is running. Switching databases now stops it; every page a sync has saved so far is kept.

Switch now?</source>
        <translation>Сейчас идёт синхронизация или экспорт. Смена базы данных остановит их; все страницы, которые синхронизация уже сохранила, останутся.

Сменить сейчас?</translation>
    </message>
</context>
<context>
    <name>AppTray</name>
    <message>
        <location filename="../ui/tray.py" line="+30"/>
        <source>Today: no orders yet</source>
        <translation>Сегодня: заказов пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open aliorders</source>
        <translation>Открыть aliorders</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause auto-sync</source>
        <translation>Приостановить автосинхронизацию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit aliorders</source>
        <translation>Выйти из aliorders</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../ui/settings/appearance_page.py" line="+31"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“Follow the system” picks light or dark to match your computer.</source>
        <translation>«Как в системе» выбирает светлую или тёмную тему под настройки компьютера.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect when aliorders restarts.</source>
        <translation>Вступит в силу после перезапуска aliorders.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the settings: %1.</source>
        <translation>Не удалось сохранить настройки: %1.</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <location filename="../ui/insights/breakdown.py" line="+35"/>
        <source>No sub ID: the link carried no custom parameters. Add a sub ID to links (letters, digits, _ - .) to see which placement converts.</source>
        <translation>Нет sub ID: в ссылке не было пользовательских параметров. Добавляйте sub ID к ссылкам (буквы, цифры, _ - .), чтобы видеть, какое размещение приносит продажи.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer orders (checkouts); one order can hold several products</source>
        <translation>Заказы покупателей (оформления); в одном заказе может быть несколько товаров</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-orders</source>
        <translation>Подзаказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line items: one per product bought</source>
        <translation>Позиции: по одной на каждый купленный товар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What buyers paid, Invalid orders included</source>
        <translation>Сколько заплатили покупатели, включая отклонённые заказы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsettled</source>
        <translation>Ожидаемая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission not settled yet, still an estimate (Payment Completed, Buyer Confirmed Receipt)</source>
        <translation>Комиссия ещё не подтверждена и пока ожидаемая (статусы «Оплачен», «Получен покупателем»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled</source>
        <translation>Подтверждённая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final commission of Completed Settlement orders</source>
        <translation>Окончательная комиссия заказов в статусе «Подтверждён»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled)</source>
        <translation>Доля подзаказов, которые стали отклонёнными (возврат, отмена, подозрение на нарушение или так и не подтверждены)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average commission rate of these sub-orders</source>
        <translation>Средняя ставка комиссии этих подзаказов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of all the commission (estimated and settled) in this range</source>
        <translation>Доля от всей комиссии (ожидаемой и подтверждённой) за этот период</translation>
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
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to country</source>
        <translation>Страна доставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or returning buyer</source>
        <translation>Новый/повторный покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Hot product</source>
        <translation>Популярный товар</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tracking ID the buyer&apos;s click carried</source>
        <translation>Tracking ID, с которым пришёл клик покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The custom parameters (sub IDs) the link carried</source>
        <translation>Пользовательские параметры (sub ID), которые были в ссылке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New buyer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning buyer</source>
        <translation>Повторный покупатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regular product</source>
        <translation>Обычный товар</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no tracking ID)</source>
        <translation>(без Tracking ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no sub ID)</source>
        <translation>(без sub ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
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
        <translation>Нажмите, чтобы показать эти заказы в таблице.</translation>
    </message>
</context>
<context>
    <name>ChangeNotifier</name>
    <message numerus="yes">
        <location filename="../ui/change_notice.py" line="+140"/>
        <source>%n new order(s) · %1</source>
        <translation>
            <numerusform>%n новый заказ · %1</numerusform>
            <numerusform>%n новых заказа · %1</numerusform>
            <numerusform>%n новых заказов · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) settled · %1</source>
        <translation>
            <numerusform>%n заказ подтверждён · %1</numerusform>
            <numerusform>%n заказа подтверждены · %1</numerusform>
            <numerusform>%n заказов подтверждены · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) became Invalid · %1 lost</source>
        <translation>
            <numerusform>%n заказ отклонён · потеряно %1</numerusform>
            <numerusform>%n заказа отклонены · потеряно %1</numerusform>
            <numerusform>%n заказов отклонены · потеряно %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the sync changed: %1</source>
        <translation>Что изменила синхронизация: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the sync changed</source>
        <translation>Что изменила синхронизация</translation>
    </message>
</context>
<context>
    <name>ChangesChip</name>
    <message>
        <location filename="../ui/main_window/changes_chip.py" line="+30"/>
        <source>Show all orders ✕</source>
        <translation>Показать все заказы ✕</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing: orders new in the last sync, whenever paid.</source>
        <translation>Показаны заказы, новые при последней синхронизации, независимо от даты оплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync found settled, whenever paid.</source>
        <translation>Показаны заказы, подтверждённые при последней синхронизации, независимо от даты оплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders that became Invalid in the last sync, whenever paid.</source>
        <translation>Показаны заказы, отклонённые при последней синхронизации, независимо от даты оплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync&apos;s notification spoke of, whenever paid.</source>
        <translation>Показаны заказы из уведомления о последней синхронизации, независимо от даты оплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing: orders the last sync added or changed, whenever paid.</source>
        <translation>Показаны заказы, добавленные или изменённые при последней синхронизации, независимо от даты оплаты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates do not apply.</source>
        <translation>Даты не учитываются.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/columns.py" line="+16"/>
        <source>No tracking ID: the buyer&apos;s click carried no tracking tag. Tracking was off for that post or link when it was published (it does not back-fill), the post fell back to a default link, or the buyer used an old or external link. The order still earns commission.</source>
        <translation>Нет Tracking ID: клик покупателя пришёл без метки отслеживания. Отслеживание было выключено для этого поста или ссылки на момент публикации (задним числом оно не проставляется), пост сослался на ссылку по умолчанию или покупатель перешёл по старой или сторонней ссылке. Комиссия за заказ всё равно начисляется.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— none</source>
        <translation>— нет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invalid: this order earns no commission (refunded, cancelled, flagged or never settled).</source>
        <translation>Отклонён: комиссия за этот заказ не начисляется (возврат, отмена, подозрение на нарушение или так и не подтверждён).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final: the commission was settled and paid into your balance.</source>
        <translation>Окончательная: комиссия подтверждена и зачислена на ваш баланс.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate: the commission becomes final when AliExpress settles the order.</source>
        <translation>Ожидаемая: комиссия станет окончательной, когда AliExpress подтвердит заказ.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-order ID</source>
        <translation>ID подзаказа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid amount</source>
        <translation>Сумма оплаты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Est. at payment</source>
        <translation>Ожид. при оплате</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At completion</source>
        <translation>При завершении</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub ID / parameters</source>
        <translation>Sub ID / параметры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product ID</source>
        <translation>ID товара</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmed</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settled</source>
        <translation>Подтверждён</translation>
    </message>
</context>
<context>
    <name>CommissionChart</name>
    <message>
        <location filename="../ui/insights/chart.py" line="+38"/>
        <source>Settled</source>
        <translation>Подтверждённая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsettled</source>
        <translation>Ожидаемая</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost (Invalid)</source>
        <translation>Потеряно (отклонены)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Commission over time</source>
        <translation>Комиссия по времени</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per day (%1)</source>
        <translation>Комиссия по дням (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission per week (%1)</source>
        <translation>Комиссия по неделям (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission per month (%1)</source>
        <translation>Комиссия по месяцам (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln sub-order(s)</source>
        <translation>
            <numerusform>%Ln подзаказ</numerusform>
            <numerusform>%Ln подзаказа</numerusform>
            <numerusform>%Ln подзаказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No commission in this range</source>
        <translation>В этом периоде нет комиссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders in this range</source>
        <translation>В этом периоде нет заказов</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../ui/settings/connection_test.py" line="+23"/>
        <source>Connected — AliExpress accepted the App Key and App Secret.</source>
        <translation>Подключено — AliExpress принял App Key и App Secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking AliExpress…</source>
        <translation>Запрос к AliExpress…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The test failed unexpectedly (%1). Try again.</source>
        <translation>Проверка неожиданно не удалась (%1). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the App Key and App Secret again from App Console → your affiliate app, paste them above, and test again.</source>
        <translation>Снова скопируйте App Key и App Secret из App Console → ваше партнёрское приложение, вставьте их выше и проверьте ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in the AliExpress affiliate portal that this app may read orders, then test again.</source>
        <translation>Убедитесь в партнёрском кабинете AliExpress, что этому приложению разрешено читать заказы, и проверьте ещё раз.</translation>
    </message>
</context>
<context>
    <name>CoverageNotice</name>
    <message>
        <location filename="../ui/coverage_notice.py" line="+32"/>
        <source>Sync them</source>
        <translation>Синхронизировать их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch exactly these days from AliExpress</source>
        <translation>Загрузить из AliExpress именно эти дни</translation>
    </message>
</context>
<context>
    <name>DatabaseGroup</name>
    <message>
        <location filename="../ui/settings/database_group.py" line="+44"/>
        <source>Enter the workspace address, starting with postgresql://</source>
        <translation>Введите адрес рабочего пространства, начинающийся с postgresql://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the password in the Password field (kept in the system keyring), not in the address.</source>
        <translation>Введите пароль в поле «Пароль» (он хранится в системном хранилище паролей), а не в адресе.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A &amp;file on this computer</source>
        <translation>&amp;Файл на этом компьютере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team &amp;workspace on a PostgreSQL server</source>
        <translation>&amp;Рабочее пространство команды на сервере PostgreSQL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>T&amp;est connection</source>
        <translation>П&amp;роверить подключение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where your orders are kept on this computer. Leave empty for the default place.</source>
        <translation>Где хранятся ваши заказы на этом компьютере. Оставьте пустым, чтобы использовать место по умолчанию.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your workspace admin gives you this address, your user name and a password. Your local file stays where it is: you can switch back at any time.</source>
        <translation>Адрес, имя пользователя и пароль вам выдаёт администратор рабочего пространства. Локальный файл остаётся на месте: вернуться к нему можно в любой момент.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(saved in the system keyring)</source>
        <translation>(сохранён в системном хранилище паролей)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Where to keep your orders</source>
        <translation>Где хранить ваши заказы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order databases (*.db);;All files (*)</source>
        <translation>Базы данных заказов (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test failed unexpectedly (%1).</source>
        <translation>Проверка неожиданно не удалась (%1).</translation>
    </message>
</context>
<context>
    <name>DateBasis</name>
    <message>
        <location filename="../ui/date_basis.py" line="+19"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Подтверждён</translation>
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
        <translation>По какому дню заказа выбирается период:
Оплачен: день оплаты покупателем.
Получен: день, когда покупатель подтвердил получение.
Подтверждён: день, когда AliExpress подтвердил комиссию и зачислил её на ваш баланс.
Заказ, у которого такого дня ещё нет (не получен или не подтверждён), при этом выборе не попадает ни в один период; его показывает «За всё время».</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../ui/date_range.py" line="+47"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <location line="+126"/>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders are shown by the day the buyer paid (your local time).</source>
        <translation>Заказы показываются по дню оплаты покупателем (по вашему местному времени).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of the range (included)</source>
        <translation>Первый день периода (включительно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range (included)</source>
        <translation>Последний день периода (включительно)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The first day (%1) is after the last day (%2): the dates were not applied.</source>
        <translation>Первый день (%1) позже последнего (%2): даты не применены.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <location filename="../ui/row_actions.py" line="+81"/>
        <source>Delete orders</source>
        <translation>Удаление заказов</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln sub-order(s) of %1 from this computer?</source>
        <translation>
            <numerusform>Удалить %Ln подзаказ из %1 с этого компьютера?</numerusform>
            <numerusform>Удалить %Ln подзаказа из %1 с этого компьютера?</numerusform>
            <numerusform>Удалить %Ln подзаказов из %1 с этого компьютера?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Order %1: %2 (%3)</source>
        <translation>• Заказ %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product %1</source>
        <translation>товар %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
            <numerusform>… и ещё %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This only removes them from aliorders. If the orders still exist on AliExpress, a later sync of the same dates brings them back. Use it for duplicates or test rows.</source>
        <translation>Они удаляются только из aliorders. Если заказы ещё есть на AliExpress, следующая синхронизация тех же дат вернёт их. Используйте это для дублей или тестовых строк.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <location filename="../ui/settings/desktop_page.py" line="+37"/>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Оставаться в трее после закрытия окна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncs go on in the background. Quit from the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>Синхронизация продолжается в фоне. Выйти можно из меню значка в трее или через Файл ▸ Выход.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desktop shows no tray icons, so closing the window quits aliorders.</source>
        <translation>Этот рабочий стол не показывает значки в трее, поэтому закрытие окна завершает aliorders.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start aliorders when I log in</source>
        <translation>&amp;Запускать aliorders при входе в систему</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New orders, with their estimated commission</source>
        <translation>О &amp;новых заказах и их ожидаемой комиссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders &amp;settled: their commission is confirmed</source>
        <translation>О &amp;подтверждённых заказах: их комиссия подтверждена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders that became &amp;Invalid: their commission is lost</source>
        <translation>Об &amp;отклонённых заказах: их комиссия потеряна</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After each sync, tell me about</source>
        <translation>После каждой синхронизации сообщать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One message per sync, shown by the tray icon; click it to see those orders.</source>
        <translation>Одно сообщение на синхронизацию, у значка в трее; нажмите на него, чтобы увидеть эти заказы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The messages are shown by the tray icon, which this desktop does not have.</source>
        <translation>Сообщения показывает значок в трее, а на этом рабочем столе его нет.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Start at login could not be changed: %1</source>
        <translation>Не удалось изменить автозапуск: %1</translation>
    </message>
</context>
<context>
    <name>EarningsStrip</name>
    <message>
        <location filename="../ui/earnings_strip.py" line="+94"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission per period, per currency, in your local days.
Earned: the commission of the orders paid in the period; “≈” = estimate until settled; Invalid orders earn nothing.
Landed: the commission settled in the period, by settlement date: what reached your balance.
Click a figure to show its orders (it sets the date range).</source>
        <translation>Комиссия за каждый период, по валютам, по вашему местному времени.
Заработано: комиссия заказов, оплаченных в периоде; «≈» — ожидаемая до подтверждения; отклонённые заказы ничего не приносят.
Поступило: комиссия, подтверждённая в периоде, по дате подтверждения, — то, что пришло на ваш баланс.
Нажмите на сумму, чтобы показать её заказы (это задаст период).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Commission of the orders paid in “%1” (your local days), per currency: “≈” = estimate until settled; Invalid orders earn nothing.
Click to show these orders: sets the range to “%1” by payment date.</source>
        <translation>Комиссия заказов, оплаченных за период «%1» (по вашему местному времени), по валютам: «≈» — ожидаемая до подтверждения; отклонённые заказы ничего не приносят.
Нажмите, чтобы показать эти заказы: период станет «%1» по дате оплаты.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commission settled in “%1” (your local days, by settlement date), per currency: final, in your balance.
Click to show these orders: sets the range to “%1” by settlement date.</source>
        <translation>Комиссия, подтверждённая за период «%1» (по вашему местному времени, по дате подтверждения), по валютам: окончательная, уже на вашем балансе.
Нажмите, чтобы показать эти заказы: период станет «%1» по дате подтверждения.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>earned</source>
        <translation>заработано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>landed</source>
        <translation>поступило</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be added up</source>
        <translation>не удалось подсчитать</translation>
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
        <translation>ничего</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>no orders</source>
        <translation>нет заказов</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../ui/empty_state.py" line="+8"/>
        <source>&lt;h2&gt;Connect your AliExpress affiliate account&lt;/h2&gt;&lt;p&gt;aliorders keeps every order your links earned on this computer, so you can filter, total and export years of orders instantly, even offline.&lt;/p&gt;&lt;p&gt;You need the &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt; of your affiliate app (AliExpress Open Platform → App Console). The secret is kept in your system&apos;s keyring, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Подключите партнёрский аккаунт AliExpress&lt;/h2&gt;&lt;p&gt;aliorders хранит на этом компьютере все заказы, принесённые вашими ссылками, чтобы вы могли мгновенно фильтровать, суммировать и выгружать заказы за годы — даже без интернета.&lt;/p&gt;&lt;p&gt;Понадобятся &lt;b&gt;App Key&lt;/b&gt; и &lt;b&gt;App Secret&lt;/b&gt; вашего партнёрского приложения (AliExpress Open Platform → App Console). Секрет хранится в системном хранилище паролей и никогда не записывается в файл.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h2&gt;No orders to show&lt;/h2&gt;&lt;p&gt;If you know this range had sales:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Did you Sync?&lt;/b&gt; Refresh only re-reads what is stored; Sync fetches from AliExpress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Is the range right?&lt;/b&gt; It starts on &lt;i&gt;Today&lt;/i&gt;; orders are dated by payment day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Are filters set?&lt;/b&gt; An old Order ID, Tracking ID or Product ID hides everything else.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Brand-new orders&lt;/b&gt; can take a few hours to appear at AliExpress.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Нет заказов для показа&lt;/h2&gt;&lt;p&gt;Если вы знаете, что в этом периоде были продажи:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Вы синхронизировали?&lt;/b&gt; «Обновить» только перечитывает сохранённое; «Синхронизировать» загружает данные из AliExpress.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Верный ли период?&lt;/b&gt; По умолчанию это &lt;i&gt;Сегодня&lt;/i&gt;; заказы датируются днём оплаты.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Заданы ли фильтры?&lt;/b&gt; Старый ID заказа, Tracking ID или ID товара скрывает всё остальное.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Совсем новые заказы&lt;/b&gt; могут появиться в AliExpress только через несколько часов.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connect AliExpress…</source>
        <translation>Подключить AliExpress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore demo data</source>
        <translation>Открыть демо-данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync this range</source>
        <translation>Синхронизировать период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/main_window/error_text.py" line="+26"/>
        <source>Unexpected error: %1.</source>
        <translation>Непредвиденная ошибка: %1.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../ui/main_window/export_controller.py" line="+24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel, long IDs kept as text (*.csv)</source>
        <translation>CSV для Excel, длинные ID как текст (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook in English, for scripts (*.xlsx)</source>
        <translation>Книга Excel на английском, для скриптов (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV with English column titles, for scripts (*.csv)</source>
        <translation>CSV с английскими заголовками столбцов, для скриптов (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Export %Ln filtered order(s)</source>
        <translation>
            <numerusform>Экспортировать %Ln отфильтрованный заказ</numerusform>
            <numerusform>Экспортировать %Ln отфильтрованных заказа</numerusform>
            <numerusform>Экспортировать %Ln отфильтрованных заказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exporting… %Ln row(s) written</source>
        <translation>
            <numerusform>Экспорт… записана %Ln строка</numerusform>
            <numerusform>Экспорт… записано %Ln строки</numerusform>
            <numerusform>Экспорт… записано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %Ln строка в %1.</numerusform>
            <numerusform>Экспортировано %Ln строки в %1.</numerusform>
            <numerusform>Экспортировано %Ln строк в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.py" line="+188"/>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order ID (whole, or its first digits)</source>
        <translation>ID заказа (целиком или первые цифры)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking ID, or how it starts</source>
        <translation>Tracking ID или его начало</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product ID</source>
        <translation>ID товара</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID (whole, or its first digits)</source>
        <translation>ID товара (целиком или первые цифры)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub ID</source>
        <translation>Sub ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub ID: key=value, or a value under any key</source>
        <translation>Sub ID: ключ=значение или значение с любым ключом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tracking ID</source>
        <translation>Без Tracking ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only orders whose click carried no tracking tag</source>
        <translation>Только заказы, клик по которым пришёл без метки отслеживания</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only orders whose link carried exactly this sub ID; click to remove it</source>
        <translation>Только заказы, ссылка которых содержала именно этот sub ID; нажмите, чтобы убрать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the orders of this Insights breakdown row; click to remove it</source>
        <translation>Только заказы этой строки разбивки в «Аналитике»; нажмите, чтобы убрать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders settled in this currency, as the Insights row counted them; click to remove it</source>
        <translation>Только заказы с расчётом в этой валюте, как их посчитала строка в «Аналитике»; нажмите, чтобы убрать</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the ID boxes, statuses, “no tracking ID” and the sub ID (Esc)</source>
        <translation>Сбросить поля ID, статусы, «Без Tracking ID» и sub ID (Esc)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Orders are shown by the day the buyer paid (your local time).</source>
        <translation>Заказы показываются по дню оплаты покупателем (по вашему местному времени).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders are shown by the day the buyer confirmed receipt (your local time); orders not confirmed yet are outside every range.</source>
        <translation>Заказы показываются по дню, когда покупатель подтвердил получение (по вашему местному времени); ещё не полученные заказы не попадают ни в один период.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders are shown by the day their commission was settled (your local time); orders not settled yet are outside every range.</source>
        <translation>Заказы показываются по дню подтверждения их комиссии (по вашему местному времени); ещё не подтверждённые заказы не попадают ни в один период.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>none</source>
        <translation>нет</translation>
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
            <numerusform>Новые (%n)</numerusform>
            <numerusform>Новые (%n)</numerusform>
            <numerusform>Новые (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Settled in last sync (%n)</source>
        <translation>
            <numerusform>Подтверждённые (%n)</numerusform>
            <numerusform>Подтверждённые (%n)</numerusform>
            <numerusform>Подтверждённые (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Invalid in last sync (%n)</source>
        <translation>
            <numerusform>Отклонённые (%n)</numerusform>
            <numerusform>Отклонённые (%n)</numerusform>
            <numerusform>Отклонённые (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Notified from last sync (%n)</source>
        <translation>
            <numerusform>Из уведомления (%n)</numerusform>
            <numerusform>Из уведомления (%n)</numerusform>
            <numerusform>Из уведомления (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changed in last sync (%n)</source>
        <translation>
            <numerusform>Изменённые (%n)</numerusform>
            <numerusform>Изменённые (%n)</numerusform>
            <numerusform>Изменённые (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The orders the last sync added or whose status it changed, whenever they were paid: new: %1, settled: %2, became Invalid: %3, changed otherwise: %4. Click again to show all orders.</source>
        <translation>Заказы, которые последняя синхронизация добавила или у которых изменила статус, когда бы они ни были оплачены: новых: %1, подтверждено: %2, отклонено: %3, изменено иначе: %4. Нажмите ещё раз, чтобы показать все заказы.</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <location filename="../ui/first_sync.py" line="+43"/>
        <source>First sync</source>
        <translation>Первая синхронизация</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account is connected. How much of your order history should aliorders fetch now? Later syncs keep it up to date by themselves.</source>
        <translation>Аккаунт подключён. Какую часть истории заказов aliorders загрузить сейчас? Следующие синхронизации будут сами поддерживать её в актуальном состоянии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year (since %1)</source>
        <translation>Этот год (с %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything since</source>
        <translation>Всё, начиная с</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 – %2: at least %3 calls to AliExpress, one more for every further page of 50 orders. AliExpress limits how fast they may come, so a long history takes a while; you can use aliorders meanwhile.</source>
        <translation>%1 – %2. Запросов к AliExpress: не меньше %3, и ещё по одному на каждую следующую страницу из 50 заказов. AliExpress ограничивает частоту запросов, поэтому длинная история загружается небыстро; тем временем можно пользоваться aliorders.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../ui/insights/headline.py" line="+36"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer orders (checkouts) paid in the range. One order can hold several products (sub-orders).</source>
        <translation>Заказы покупателей (оформления), оплаченные в периоде. В одном заказе может быть несколько товаров (подзаказов).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid by buyers</source>
        <translation>Оплачено покупателями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What buyers paid for the products your links sold, Invalid orders included.</source>
        <translation>Сколько покупатели заплатили за товары, проданные по вашим ссылкам, включая отклонённые заказы.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsettled commission</source>
        <translation>Ожидаемая комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission not settled yet, so still an estimate (≈): orders in Payment Completed or Buyer Confirmed Receipt. Settled commission is counted on its own.</source>
        <translation>Комиссия, ещё не подтверждённая и поэтому пока ожидаемая (≈): заказы в статусах «Оплачен» и «Получен покупателем». Подтверждённая комиссия считается отдельно.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settled commission</source>
        <translation>Подтверждённая комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final commission of Completed Settlement orders, paid into your balance.</source>
        <translation>Окончательная комиссия заказов в статусе «Подтверждён», зачисленная на ваш баланс.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of sub-orders that became Invalid (refunded, cancelled, flagged or never settled).</source>
        <translation>Доля подзаказов, которые стали отклонёнными (возврат, отмена, подозрение на нарушение или так и не подтверждены).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 pt</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <location filename="../ui/insights/view.py" line="+362"/>
        <source>no earlier period to compare</source>
        <translation>нет предыдущего периода для сравнения</translation>
    </message>
    <message>
        <location filename="../ui/insights/headline.py" line="+66"/>
        <source>%1 in %2: %3</source>
        <translation>%1 за %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln sub-order(s)</source>
        <translation>
            <numerusform>%Ln подзаказ</numerusform>
            <numerusform>%Ln подзаказа</numerusform>
            <numerusform>%Ln подзаказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln Invalid sub-order(s); they had been estimated to earn %1</source>
        <translation>
            <numerusform>%Ln отклонённый подзаказ; по оценке он должен был принести %1</numerusform>
            <numerusform>%Ln отклонённых подзаказа; по оценке они должны были принести %1</numerusform>
            <numerusform>%Ln отклонённых подзаказов; по оценке они должны были принести %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../ui/insights/view.py" line="-199"/>
        <source>Insights show one settlement currency at a time; amounts are never mixed</source>
        <translation>Аналитика показывает одну валюту расчётов за раз; суммы в разных валютах не смешиваются</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders as they were before you clicked a row below</source>
        <translation>Показать заказы такими, какими они были до нажатия на строку ниже</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What grew or fell most in the right-hand table, against the period before</source>
        <translation>Что сильнее всего выросло или упало в таблице справа по сравнению с предыдущим периодом</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Calculating…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Save chart as PNG…</source>
        <translation>Сохранить график в PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the commission chart as it looks now to a PNG image</source>
        <translation>Сохранить график комиссии в текущем виде как изображение PNG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the table on the right groups the orders by</source>
        <translation>По какому признаку таблица справа группирует заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakdown by:</source>
        <translation>Разбивка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export breakdown…</source>
        <translation>Экспорт разбивки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table on the right as a CSV file or an Excel workbook</source>
        <translation>Сохранить таблицу справа в файл CSV или книгу Excel</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Insights could not be computed: %1</source>
        <translation>Не удалось рассчитать аналитику: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>▲▼ compared with %1</source>
        <translation>▲▼ по сравнению с %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grew most: %1</source>
        <translation>Наибольший рост: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fell most: %1</source>
        <translation>Наибольшее падение: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Counting %1 only: %2 of the %3 sub-orders the filters select. Other currencies: %4 (choose one above).</source>
        <translation>Учитывается только %1 (подзаказов: %2 из %3, выбранных фильтрами). Другие валюты: %4 (выберите одну выше).</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 – %2 (the %Ln day(s) before)</source>
        <translation>
            <numerusform>%1 – %2 (предыдущий %Ln день)</numerusform>
            <numerusform>%1 – %2 (предыдущие %Ln дня)</numerusform>
            <numerusform>%1 – %2 (предыдущие %Ln дней)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;By Tracking ID&lt;/b&gt;</source>
        <translation>&lt;b&gt;По Tracking ID&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> — the %Ln that earn most</source>
        <translation>
            <numerusform> — %Ln самый доходный</numerusform>
            <numerusform> — %Ln самых доходных</numerusform>
            <numerusform> — %Ln самых доходных</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source> · click a row to see its orders</source>
        <translation> · нажмите на строку, чтобы увидеть её заказы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sub IDs (custom parameters)</source>
        <translation>Sub ID (параметры)</translation>
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
        <translation>(без ключа)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship-to country</source>
        <translation>Страна доставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New or returning buyer</source>
        <translation>Новый/повторный покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot product</source>
        <translation>Популярный товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ID</source>
        <translation>Tracking ID</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export breakdown</source>
        <translation>Экспорт разбивки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Файлы CSV (*.csv);;Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save chart as PNG</source>
        <translation>Сохранить график в PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Could not write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window/window.py" line="+60"/>
        <source>aliorders — demo data</source>
        <translation>aliorders — демонстрационные данные</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission over time and by tracking ID and sub ID, for the same filters and dates</source>
        <translation>Комиссия по времени, по Tracking ID и по sub ID — с теми же фильтрами и датами</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The AliExpress account (App Key %1) was kept for the last session only, so aliorders is not connected now and auto-sync is off. Enter the App Key and App Secret again in Settings → Account.</source>
        <translation>Аккаунт AliExpress (App Key %1) хранился только в прошлом сеансе, поэтому сейчас aliorders не подключён и автосинхронизация выключена. Снова введите App Key и App Secret (Настройки → Аккаунт).</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>Deleted %Ln sub-order(s).</source>
        <translation>
            <numerusform>Удалён %Ln подзаказ.</numerusform>
            <numerusform>Удалено %Ln подзаказа.</numerusform>
            <numerusform>Удалено %Ln подзаказов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/banner.py" line="+25"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../ui/order_details.py" line="+54"/>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-order ID</source>
        <translation>ID подзаказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid amount</source>
        <translation>Сумма оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished amount</source>
        <translation>Сумма при завершении</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated at payment</source>
        <translation>Ожидаемая при оплате</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Estimated at completion</source>
        <translation>Ожидаемая при завершении</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New buyer bonus</source>
        <translation>Бонус за нового покупателя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commission rate</source>
        <translation>Ставка комиссии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Валюта</translation>
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
        <translation>ID товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category ID</source>
        <translation>ID категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to</source>
        <translation>Доставка в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer confirmed</source>
        <translation>Получен покупателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New buyer</source>
        <translation>Новый покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot product</source>
        <translation>Популярный товар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affiliate product</source>
        <translation>Партнёрский товар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detail status</source>
        <translation>Подробный статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First synced</source>
        <translation>Первая синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seen by a sync on %1</source>
        <translation>замечен синхронизацией %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date from AliExpress; not seen by a sync</source>
        <translation>дата из AliExpress; синхронизацией не замечен</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same checkout</source>
        <translation>В том же заказе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an order to see all its details, the other products of its checkout and its status history.</source>
        <translation>Выберите заказ, чтобы увидеть все его данные, другие товары из того же заказа и историю статусов.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+33"/>
        <source>Product %1</source>
        <translation>Товар %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the product page</source>
        <translation>Открыть страницу товара</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Order %1 has %Ln product(s); each is its own row with its own status and commission.</source>
        <translation>
            <numerusform>В заказе %1 %Ln товар; у каждого своя строка со своим статусом и комиссией.</numerusform>
            <numerusform>В заказе %1 %Ln товара; у каждого своя строка со своим статусом и комиссией.</numerusform>
            <numerusform>В заказе %1 %Ln товаров; у каждого своя строка со своим статусом и комиссией.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this row</source>
        <translation>эта строка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sub-order %1</source>
        <translation>Подзаказ %1</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message numerus="yes">
        <location filename="../ui/orders_model.py" line="+181"/>
        <source>One checkout with %n products: each product is its own row (sub-order) with its own status and commission. Right-click → Show all sub-orders.</source>
        <translation>
            <numerusform>Один заказ с %n товаром: у каждого товара своя строка (подзаказ) со своим статусом и комиссией. Правый клик → «Показать все подзаказы этого заказа».</numerusform>
            <numerusform>Один заказ с %n товарами: у каждого товара своя строка (подзаказ) со своим статусом и комиссией. Правый клик → «Показать все подзаказы этого заказа».</numerusform>
            <numerusform>Один заказ с %n товарами: у каждого товара своя строка (подзаказ) со своим статусом и комиссией. Правый клик → «Показать все подзаказы этого заказа».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../ui/insights/pipeline.py" line="+78"/>
        <source>&lt;b&gt;Pipeline&lt;/b&gt;: ≈ commission not settled yet, by days since payment</source>
        <translation>&lt;b&gt;В ожидании&lt;/b&gt;: ≈ неподтверждённая комиссия по числу дней с оплаты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every Payment Completed and Buyer Confirmed Receipt order, whatever the dates chosen above, by local days since payment (0–30, 31–60, 61–90, over 90). “≈” = estimate until settled. Click a figure to show its orders.</source>
        <translation>Все заказы в статусах «Оплачен» и «Получен покупателем», независимо от выбранных выше дат, по числу местных дней с оплаты (0–30, 31–60, 61–90, больше 90). «≈» — ожидаемая до подтверждения. Нажмите на сумму, чтобы показать её заказы.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Expected to land&lt;/b&gt; ≈</source>
        <translation>&lt;b&gt;Ожидаемые поступления&lt;/b&gt; ≈</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding up…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The pipeline could not be added up: %1</source>
        <translation>Не удалось подсчитать неподтверждённую комиссию: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 sub-orders, %2, paid %3 days ago: click to show them</source>
        <translation>Подзаказов: %1, «%2», оплачены %3 дн. назад: нажмите, чтобы показать их</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (rest)</source>
        <translation>%1 (остаток)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Click to show the unsettled orders whose typical settlement day falls in this month</source>
        <translation>Нажмите, чтобы показать неподтверждённые заказы, обычный день подтверждения которых приходится на этот месяц</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Learnt from %1 settled orders: payment to settlement %2 days (median; 80%: %3–%4), less the share that ended Invalid. Hover for the method.</source>
        <translation>По подтверждённым заказам (%1): от оплаты до подтверждения %2 дн. (медиана; 80%: %3–%4), за вычетом доли отклонённых. Наведите указатель, чтобы узнать метод.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No forecast yet: it is learnt from this account&apos;s own settlements, and there are %1 settled orders; it needs %2.</source>
        <translation>Прогноза пока нет: он строится по подтверждённым заказам этого аккаунта (сейчас их: %1, нужно: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 days</source>
        <translation>%1: %2 дн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forecast from the %1 latest settlements on this account: payment to settlement took %2 days (median; 80% between %3 and %4 days)</source>
        <translation>Прогноз по последним подтверждениям на этом аккаунте (%1): от оплаты до подтверждения проходило %2 дн. (медиана; у 80% — от %3 до %4 дн.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; per site with %1 or more: %2</source>
        <translation>; по сайтам, где их не меньше %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Reduced by the share of orders of the same age that ended Invalid (%1 orders).</source>
        <translation>. Уменьшен на долю заказов того же возраста, которые были отклонены (заказов: %1).</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <location filename="../ui/main_window/row_menu.py" line="+46"/>
        <source>Copy Order ID</source>
        <translation>Копировать ID заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy row</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open product page</source>
        <translation>Открыть страницу товара</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by Tracking ID “%1”</source>
        <translation>Фильтр по Tracking ID «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show orders without a tracking ID</source>
        <translation>Показать заказы без Tracking ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show all sub-orders of this order</source>
        <translation>Показать все подзаказы этого заказа</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %Ln sub-order(s)…</source>
        <translation>
            <numerusform>Удалить %Ln подзаказ…</numerusform>
            <numerusform>Удалить %Ln подзаказа…</numerusform>
            <numerusform>Удалить %Ln подзаказов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/dialog.py" line="+38"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
</context>
<context>
    <name>StatementController</name>
    <message>
        <location filename="../ui/main_window/statement_controller.py" line="+106"/>
        <source>Save the statement</source>
        <translation>Сохранить выписку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the statement to %1…</source>
        <translation>Запись выписки в %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote the statement (%Ln settled order(s)) to %1.</source>
        <translation>
            <numerusform>Выписка записана в %1 (%Ln подтверждённый заказ).</numerusform>
            <numerusform>Выписка записана в %1 (%Ln подтверждённых заказа).</numerusform>
            <numerusform>Выписка записана в %1 (%Ln подтверждённых заказов).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statement could not be written: %1</source>
        <translation>Не удалось записать выписку: %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location line="-91"/>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The commission settled in each month (final figures, by settlement date), per currency, with the orders it came from: a summary, then one sheet per month. Months are your local calendar months.</source>
        <translation>Подтверждённая комиссия за каждый месяц (окончательные суммы, по дате подтверждения) по валютам, с заказами, из которых она сложилась: сводка, затем по листу на каждый месяц. Месяцы — календарные, по вашему местному времени.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From month</source>
        <translation>Первый месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To month</source>
        <translation>Последний месяц</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <location filename="../ui/filter_bar.py" line="-489"/>
        <source>Show only orders in the checked statuses</source>
        <translation>Показывать только заказы в отмеченных статусах</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
</context>
<context>
    <name>StatusMeanings</name>
    <message>
        <location filename="../ui/status_meanings.py" line="+28"/>
        <source>How long that takes on this account: not enough history yet (%1 orders so far).</source>
        <translation>Сколько это занимает на этом аккаунте: пока мало истории (заказов: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this account that usually takes about %1 days %2 (median of %3 orders).</source>
        <translation>На этом аккаунте это обычно занимает около %1 дн. %2 (медиана; заказов: %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long that takes on this account: being worked out…</source>
        <translation>Сколько это занимает на этом аккаунте: идёт подсчёт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>after payment</source>
        <translation>после оплаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>after confirmation</source>
        <translation>после получения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the buyer paid. The commission is an estimate.</source>
        <translation>%1: покупатель оплатил заказ. Комиссия ожидаемая.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: the buyer confirms receipt (%1).</source>
        <translation>Дальше: покупатель подтверждает получение («%1»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the buyer has the goods. The commission is still an estimate.</source>
        <translation>%1: товар у покупателя. Комиссия пока ожидаемая.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: AliExpress settles it into your balance (%1).</source>
        <translation>Дальше: AliExpress подтверждает комиссию и зачисляет её на ваш баланс («%1»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: final. The commission was settled into your balance; nothing comes next.</source>
        <translation>%1: окончательный статус. Комиссия подтверждена и зачислена на ваш баланс; дальше ничего не произойдёт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: final. Refunded, cancelled or flagged: the order earns no commission.</source>
        <translation>%1: окончательный статус. Возврат, отмена или подозрение на нарушение: комиссия за заказ не начисляется.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../ui/main_window/sync_controller.py" line="+102"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sync now; every page saved so far is kept</source>
        <translation>Остановить синхронизацию; всё, что уже сохранено, останется</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Syncing the %Ln never-synced stretch(es) of %1 – %2…</source>
        <translation>
            <numerusform>Синхронизация %Ln ещё не синхронизированного отрезка в %1 – %2…</numerusform>
            <numerusform>Синхронизация %Ln ещё не синхронизированных отрезков в %1 – %2…</numerusform>
            <numerusform>Синхронизация %Ln ещё не синхронизированных отрезков в %1 – %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Syncing %1 – %2, split into %Ln windows of at most 90 days…</source>
        <translation>
            <numerusform>Синхронизация %1 – %2, разбита на %Ln окно не длиннее 90 дней…</numerusform>
            <numerusform>Синхронизация %1 – %2, разбита на %Ln окна не длиннее 90 дней…</numerusform>
            <numerusform>Синхронизация %1 – %2, разбита на %Ln окон не длиннее 90 дней…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing %1 – %2…</source>
        <translation>Синхронизация %1 – %2…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2 pages · %3 new</source>
        <translation>%1 / %2 стр. · новых: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Synced, but AliExpress refused %Ln of the queries even as one-day windows, so the orders they cover may be missing or out of date (the rest of the range is current). Sync again later to fetch them.</source>
        <translation>
            <numerusform>Синхронизировано, но AliExpress отклонил %Ln запрос даже в виде однодневного окна, поэтому заказы за это время могут отсутствовать или быть устаревшими (остальной период актуален). Синхронизируйте позже ещё раз, чтобы загрузить их.</numerusform>
            <numerusform>Синхронизировано, но AliExpress отклонил %Ln запроса даже в виде однодневных окон, поэтому заказы за это время могут отсутствовать или быть устаревшими (остальной период актуален). Синхронизируйте позже ещё раз, чтобы загрузить их.</numerusform>
            <numerusform>Синхронизировано, но AliExpress отклонил %Ln запросов даже в виде однодневных окон, поэтому заказы за это время могут отсутствовать или быть устаревшими (остальной период актуален). Синхронизируйте позже ещё раз, чтобы загрузить их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Synced, but AliExpress sent %Ln value(s) that could not be read or stored: they were left empty, or their order was skipped. The next sync tries them again.</source>
        <translation>
            <numerusform>Синхронизировано, но AliExpress прислал значения, которые не удалось прочитать или сохранить (%Ln): они оставлены пустыми или их заказ пропущен. Следующая синхронизация попробует снова.</numerusform>
            <numerusform>Синхронизировано, но AliExpress прислал значения, которые не удалось прочитать или сохранить (%Ln): они оставлены пустыми или их заказ пропущен. Следующая синхронизация попробует снова.</numerusform>
            <numerusform>Синхронизировано, но AliExpress прислал значения, которые не удалось прочитать или сохранить (%Ln): они оставлены пустыми или их заказ пропущен. Следующая синхронизация попробует снова.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Orders fetched before the problem are kept.</source>
        <translation>Заказы, загруженные до сбоя, сохранены.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../ui/settings/sync_page.py" line="+28"/>
        <source>Off</source>
        <translation>Выключена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>Каждые 15 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>Каждые 30 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>Каждый час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 3 hours</source>
        <translation>Каждые 3 часа</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync &amp;automatically:</source>
        <translation>&amp;Автосинхронизация:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-check the last:</source>
        <translation>&amp;Перепроверять последние:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Параллельные запросы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While aliorders is open, it fetches new orders by itself. It waits for a sync you started, and skips a turn while aliorders on the command line syncs.</source>
        <translation>Пока aliorders открыт, он сам загружает новые заказы. Он дожидается конца синхронизации, которую запустили вы, и пропускает очередь, пока синхронизирует aliorders в командной строке.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each automatic sync fetches these days again, so orders that were settled, refunded or made invalid since are brought up to date.</source>
        <translation>Каждая автоматическая синхронизация заново загружает эти дни, чтобы обновить заказы, которые с тех пор были подтверждены, возвращены или отклонены.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many pages a sync asks for at once (default %1). More is faster over a slow connection; aliorders slows down by itself when AliExpress asks it to.</source>
        <translation>Сколько страниц синхронизация запрашивает одновременно (по умолчанию %1). Больше — быстрее на медленном соединении; aliorders сам замедляется, когда об этом просит AliExpress.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not save the settings: %1.</source>
        <translation>Не удалось сохранить настройки: %1.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../ui/theme.py" line="+13"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../ui/totals_bar.py" line="+47"/>
        <source>Totals of every order the filters select, per settlement currency. “Commission ≈” sums the current estimates; Invalid orders count for nothing; “settled” is final commission.</source>
        <translation>Итоги по всем заказам, выбранным фильтрами, по валютам расчётов. «Комиссия ≈» суммирует текущие ожидаемые суммы; отклонённые заказы не учитываются; «подтверждено» — окончательная комиссия.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the totals could not be added up: %1</source>
        <translation>не удалось подсчитать итоги: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>adding up totals…</source>
        <translation>подсчёт итогов…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt; paid %2 · Commission ≈ %3 · at completion %4 · settled %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; оплачено %2 · Комиссия ≈ %3 · при завершении %4 · подтверждено %5</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 paid, ≈ %2</source>
        <translation>оплачено %1, ≈ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected %1: %2</source>
        <translation>Выбрано: %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayLink</name>
    <message>
        <location filename="../ui/main_window/tray_link.py" line="+92"/>
        <source>aliorders keeps running here, and syncs go on. Quit it from this icon&apos;s menu.</source>
        <translation>aliorders продолжает работать здесь, синхронизация идёт. Выйти можно из меню этого значка.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../ui/main_window/actions.py" line="+23"/>
        <source>Sync</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the orders of the chosen dates from AliExpress (Ctrl+Shift+S)</source>
        <translation>Загрузить заказы за выбранные даты из AliExpress (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-read the orders already stored on this computer; nothing is fetched (F5)</source>
        <translation>Перечитать заказы, уже сохранённые на этом компьютере; ничего не загружается (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every order the filters select to an Excel workbook or a CSV file (Ctrl+E)</source>
        <translation>Записать все выбранные фильтрами заказы в книгу Excel или файл CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statement…</source>
        <translation>Выписка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the commission settled in each month, with its orders, for your accounts</source>
        <translation>Записать подтверждённую комиссию за каждый месяц вместе с её заказами — для вашей бухгалтерии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account, connection and appearance</source>
        <translation>Аккаунт, подключение и оформление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order details</source>
        <translation>Детали заказа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every field, the checkout and the status history of the current order (Ctrl+I)</source>
        <translation>Показать все поля, состав заказа и историю статусов текущей строки (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Скопировать выбранные строки как текст с табуляцией</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by Order ID (Ctrl+F)</source>
        <translation>Фильтр по ID заказа (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Account</source>
        <translation>&amp;Аккаунт</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <location filename="../ui/main_window/status_bar.py" line="+27"/>
        <source>DEMO DATA</source>
        <translation>ДЕМО-ДАННЫЕ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders come from a simulated AliExpress on this computer, not your account.</source>
        <translation>Заказы приходят от имитации AliExpress на этом компьютере, а не из вашего аккаунта.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your database user may view, refresh and export the workspace&apos;s orders.</source>
        <translation>Ваш пользователь базы данных может просматривать, обновлять и экспортировать заказы рабочего пространства.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Synced %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Синхронизировано %1 (%n день назад)</numerusform>
            <numerusform>Синхронизировано %1 (%n дня назад)</numerusform>
            <numerusform>Синхронизировано %1 (%n дней назад)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Range %1 – %2</source>
        <translation>Период %1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auto-sync off</source>
        <translation>автосинхронизация выключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused</source>
        <translation>автосинхронизация на паузе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused until the account is changed in Settings or you sync by hand</source>
        <translation>автосинхронизация на паузе, пока вы не измените учётную запись в настройках или не синхронизируете вручную</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused: no connection · next try %1</source>
        <translation>автосинхронизация на паузе: нет соединения · следующая попытка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-sync paused after repeated failures · next try %1</source>
        <translation>автосинхронизация на паузе после нескольких сбоев · следующая попытка %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next sync due now</source>
        <translation>следующая синхронизация — сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next at %1</source>
        <translation>следующая: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>yesterday %1</source>
        <translation>вчера %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>завтра %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last sync %1</source>
        <translation>последняя синхронизация %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sync yet</source>
        <translation>синхронизаций ещё не было</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View only: syncing is done by the workspace admin (%1).</source>
        <translation>Только просмотр: синхронизирует администратор рабочего пространства (%1).</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <location filename="../ui/settings/checks.py" line="+58"/>
        <source>the database is empty; aliorders sets up the workspace in it when it opens it</source>
        <translation>база данных пуста; aliorders создаст в ней рабочее пространство при открытии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you may sync and delete orders</source>
        <translation>вы можете синхронизировать и удалять заказы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may sync</source>
        <translation>вы можете синхронизировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view only: syncing is done by the workspace admin</source>
        <translation>только просмотр: синхронизирует администратор рабочего пространства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1 as %2: %3.</source>
        <translation>Подключено к %1 как %2: %3.</translation>
    </message>
</context>
</TS>
