<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QObject</name>
    <message>
        <source>Report id %1</source>
        <translation>レポート ID %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 critical, %2 important, %3 moderate or %4 low missing patches</source>
        <translation>重要度「緊急」%1 件、「重要」%2 件、「中」%3 件、または「低」%4 件の未適用パッチ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with a simulated Patch Manager Plus server (no account or network needed).</source>
        <translation>シミュレートされた Patch Manager Plus サーバーで起動します (アカウントもネットワークも不要)。</translation>
    </message>
    <message>
        <source>Number of computers in the demo fleet.</source>
        <translation>デモ環境のコンピューター数。</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>デモ環境のシード値。</translation>
    </message>
    <message>
        <source>Connect to this server URL with the token in PATCHDECK_TOKEN.</source>
        <translation>PATCHDECK_TOKEN のトークンを使ってこのサーバー URL に接続します。</translation>
    </message>
    <message>
        <source>Server kind for --server: cloud or onprem.</source>
        <translation>--server のサーバー種別: cloud または onprem。</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>デモ サーバー %1</translation>
    </message>
    <message>
        <source>Desktop console for ManageEngine Patch Manager Plus Cloud.
Headless export for scripts: patchdeck export --help</source>
        <translation>ManageEngine Patch Manager Plus Cloud 用デスクトップ コンソール。
スクリプト用のヘッドレス エクスポート: patchdeck export --help</translation>
    </message>
    <message>
        <source>Open the window on this view (a view name of patchdeck export --help, or the name of a saved view).</source>
        <translation>このビューでウィンドウを開きます (patchdeck export --help のビュー名、または保存済みビューの名前)。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionNames</name>
    <message>
        <source>Install all missing patches</source>
        <translation>未適用のパッチをすべてインストール</translation>
    </message>
    <message>
        <source>Install patches on chosen computers</source>
        <translation>選択したコンピューターにパッチをインストール</translation>
    </message>
    <message>
        <source>Install patches on all computers</source>
        <translation>すべてのコンピューターにパッチをインストール</translation>
    </message>
    <message>
        <source>Uninstall patches</source>
        <translation>パッチのアンインストール</translation>
    </message>
    <message>
        <source>Scan computers</source>
        <translation>コンピューターのスキャン</translation>
    </message>
    <message>
        <source>Scan all computers</source>
        <translation>すべてのコンピューターのスキャン</translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>パッチの承認</translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>パッチの承認取り消し</translation>
    </message>
    <message>
        <source>Change automatic deployment task</source>
        <translation>自動展開タスクの変更</translation>
    </message>
    <message>
        <source>Delete automatic deployment task</source>
        <translation>自動展開タスクの削除</translation>
    </message>
    <message>
        <source>Create automatic deployment task</source>
        <translation>自動展開タスクの作成</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task</source>
        <translation>自動展開タスクの一時停止</translation>
    </message>
    <message>
        <source>Resume automatic deployment task</source>
        <translation>自動展開タスクの再開</translation>
    </message>
    <message>
        <source>Decline patches (deprecated operation)</source>
        <translation>パッチの拒否 (非推奨の操作)</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>パッチの拒否</translation>
    </message>
    <message>
        <source>Uninstall agent</source>
        <translation>エージェントのアンインストール</translation>
    </message>
    <message>
        <source>Install agent</source>
        <translation>エージェントのインストール</translation>
    </message>
    <message>
        <source>Remove computers</source>
        <translation>コンピューターの削除</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>スキャン開始</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Unapprove</source>
        <translation>承認取り消し</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>タスクを作成</translation>
    </message>
    <message>
        <source>Suspend task</source>
        <translation>タスクを一時停止</translation>
    </message>
    <message>
        <source>Resume task</source>
        <translation>タスクを再開</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionOutcome</name>
    <message>
        <source>Deployment › Configurations</source>
        <translation>展開 › 構成</translation>
    </message>
    <message>
        <source>the Approval column of Patches › Applicable patches</source>
        <translation>パッチ › 適用可能なパッチ の「承認」列</translation>
    </message>
    <message>
        <source>Systems and health › Scan status</source>
        <translation>システムと正常性 › スキャン状態</translation>
    </message>
    <message>
        <source>Fleet › Computers</source>
        <translation>環境 › コンピューター</translation>
    </message>
    <message>
        <source>the Automatic Patch Deployment page of the Patch Manager Plus web console</source>
        <translation>Patch Manager Plus Web コンソールの「自動パッチ展開」ページ</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Done: the server accepted the request.</source>
        <translation>完了: サーバーが要求を受け付けました。</translation>
    </message>
    <message>
        <source>Done: the server answered “%1”.</source>
        <translation>完了: サーバーの応答は「%1」でした。</translation>
    </message>
    <message>
        <source>%1 Follow the configuration in Deployment › Configurations.</source>
        <translation>%1 展開 › 構成 で構成の状況を確認してください。</translation>
    </message>
    <message>
        <source>Outcome unknown — the connection was lost after the request was sent, so the server may or may not have carried it out. Check %1 before trying again. PatchDeck does not send it again.</source>
        <translation>結果不明 — 要求の送信後に接続が切れたため、サーバーが実行したかどうかはわかりません。再試行する前に %1 を確認してください。PatchDeck は再送信しません。</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未実行: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>サーバーを待っています…</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ActionRunner</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
    <message>
        <source>Permission to make changes (%1) was not granted; nothing was sent.</source>
        <translation>変更の権限 (%1) が付与されなかったため、何も送信していません。</translation>
    </message>
    <message>
        <source>Permission to make changes was refused.</source>
        <translation>変更の権限が拒否されました。</translation>
    </message>
    <message>
        <source>The action journal could not record this action, so it was not sent. Check that PatchDeck can write its data folder.</source>
        <translation>操作履歴にこの操作を記録できなかったため、送信していません。PatchDeck がデータ フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>Accepted by the server</source>
        <translation>サーバーが受け付け済み</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ApdTaskBook</name>
    <message>
        <source>Enter the task's name exactly as the web console shows it.</source>
        <translation>Web コンソールの表示どおりにタスク名を正確に入力してください。</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>「%1」は既にリストにあります。</translation>
    </message>
    <message>
        <source>The task could not be saved in the local store.</source>
        <translation>タスクをローカル ストアに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>pmp::actions::ConfirmationRule</name>
    <message>
        <source>Removed computers are no longer managed; bringing them back means reinstalling the agent.</source>
        <translation>削除したコンピューターは管理されなくなります。元に戻すにはエージェントの再インストールが必要です。</translation>
    </message>
    <message>
        <source>Without the agent these computers receive no patches and report nothing until it is reinstalled.</source>
        <translation>エージェントがないと、再インストールされるまでこれらのコンピューターにはパッチが届かず、何も報告されません。</translation>
    </message>
    <message>
        <source>Uninstalling patches reopens the vulnerabilities they fixed, on every computer that has them.</source>
        <translation>パッチをアンインストールすると、そのパッチがあるすべてのコンピューターで、修正されていた脆弱性が再び発生します。</translation>
    </message>
    <message>
        <source>A deleted task cannot be restored; it must be created again.</source>
        <translation>削除したタスクは復元できません。作成し直す必要があります。</translation>
    </message>
    <message>
        <source>This action cannot be undone from PatchDeck.</source>
        <translation>この操作は PatchDeck から元に戻せません。</translation>
    </message>
    <message>
        <source>This action reaches every managed computer.</source>
        <translation>この操作はすべての管理対象コンピューターに適用されます。</translation>
    </message>
    <message numerus="yes">
        <source>This action reaches %n targets.</source>
        <translation>
            <numerusform>この操作は %n 個の対象に適用されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::actions::CustomGroupDirectory</name>
    <message>
        <source>Looking for custom groups in the query reports…</source>
        <translation>クエリ レポートからカスタム グループを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n computer group(s) from the query report “%1”, as of %2.</source>
        <translation>
            <numerusform>クエリ レポート「%1」のコンピューター グループ %n 件 (%2 時点)。</numerusform>
        </translation>
    </message>
    <message>
        <source>A query report lists the custom groups, but without their ids. Add the resource_id column to it in the web console (Reports › Query Reports), then look again.</source>
        <translation>カスタム グループを一覧表示するクエリ レポートはありますが、ID が含まれていません。Web コンソール (レポート › クエリ レポート) で resource_id 列を追加してから、もう一度探してください。</translation>
    </message>
    <message>
        <source>No query report lists custom groups with their ids. Create one in the web console (Reports › Query Reports) that selects the custom groups' resource_id and name, then look again.</source>
        <translation>カスタム グループを ID 付きで一覧表示するクエリ レポートがありません。Web コンソール (レポート › クエリ レポート) でカスタム グループの resource_id と名前を選択するレポートを作成してから、もう一度探してください。</translation>
    </message>
    <message>
        <source>The query reports could not be read: %1</source>
        <translation>クエリ レポートを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
</context>
<context>
    <name>pmp::actions::DeclineFallback</name>
    <message>
        <source>This server does not offer the current decline operation. The deprecated one (to be removed by the vendor in October 2026) can decline the same patches, but only for all computers and without reasons or remarks.</source>
        <translation>このサーバーは現在の拒否操作に対応していません。非推奨の操作 (ベンダーにより 2026 年 10 月までに廃止予定) でも同じパッチを拒否できますが、対象はすべてのコンピューターのみで、理由や備考は指定できません。</translation>
    </message>
</context>
<context>
    <name>pmp::actions::RequestPreview</name>
    <message>
        <source>(no body)</source>
        <translation>(本文なし)</translation>
    </message>
</context>
<context>
    <name>pmp::api::AgentActionRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer.</source>
        <translation>resourceids が空です: コンピューターを 1 台以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n 台のコンピューター</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the Patch Manager Plus agent on %1</source>
        <translation>%1 に Patch Manager Plus エージェントをインストール</translation>
    </message>
    <message>
        <source>Uninstall the Patch Manager Plus agent from %1</source>
        <translation>%1 から Patch Manager Plus エージェントをアンインストール</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 from Patch Manager Plus; they will no longer be managed</source>
        <translation>
            <numerusform>%1 を Patch Manager Plus から削除します。今後は管理されません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskActionRequest</name>
    <message>
        <source>taskname is required: name the task.</source>
        <translation>taskname は必須です: タスクに名前を付けてください。</translation>
    </message>
    <message>
        <source>Delete automatic deployment task %1</source>
        <translation>自動展開タスク %1 を削除</translation>
    </message>
    <message>
        <source>Suspend automatic deployment task %1</source>
        <translation>自動展開タスク %1 を一時停止</translation>
    </message>
    <message>
        <source>Resume automatic deployment task %1</source>
        <translation>自動展開タスク %1 を再開</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApdTaskSettings</name>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 に空の名前が含まれています。</translation>
    </message>
    <message>
        <source>“%1” contains a comma, which separates the names in %2.</source>
        <translation>「%1」にはコンマが含まれていますが、%2 ではコンマで名前を区切ります。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>deployment policy</source>
        <translation>展開ポリシー</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>target type</source>
        <translation>対象の種類</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>security updates</source>
        <translation>セキュリティ更新プログラム</translation>
    </message>
    <message>
        <source>non-security updates</source>
        <translation>セキュリティ以外の更新プログラム</translation>
    </message>
    <message>
        <source>third-party updates</source>
        <translation>サードパーティの更新プログラム</translation>
    </message>
    <message>
        <source>definition updates</source>
        <translation>定義の更新プログラム</translation>
    </message>
    <message>
        <source>service packs</source>
        <translation>サービス パック</translation>
    </message>
    <message>
        <source>feature packs</source>
        <translation>機能パック</translation>
    </message>
    <message>
        <source>rollups</source>
        <translation>ロールアップ</translation>
    </message>
    <message>
        <source>optional updates</source>
        <translation>オプションの更新プログラム</translation>
    </message>
    <message>
        <source>driver updates</source>
        <translation>ドライバーの更新プログラム</translation>
    </message>
    <message>
        <source>preview rollups</source>
        <translation>プレビュー ロールアップ</translation>
    </message>
    <message>
        <source>OS application selection</source>
        <translation>OS アプリケーションの選択</translation>
    </message>
    <message>
        <source>OS applications</source>
        <translation>OS アプリケーション</translation>
    </message>
    <message>
        <source>third-party application selection</source>
        <translation>サードパーティ アプリケーションの選択</translation>
    </message>
    <message>
        <source>third-party applications</source>
        <translation>サードパーティ アプリケーション</translation>
    </message>
    <message>
        <source>deployment delay</source>
        <translation>展開の遅延</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>notification e-mail</source>
        <translation>通知メール</translation>
    </message>
    <message>
        <source>failure notifications</source>
        <translation>失敗の通知</translation>
    </message>
    <message>
        <source>failure notification interval</source>
        <translation>失敗の通知間隔</translation>
    </message>
    <message>
        <source>failure report attachment</source>
        <translation>失敗レポートの添付</translation>
    </message>
    <message>
        <source>failure report format</source>
        <translation>失敗レポートの形式</translation>
    </message>
    <message>
        <source>report notifications</source>
        <translation>レポートの通知</translation>
    </message>
    <message>
        <source>report notification interval</source>
        <translation>レポートの通知間隔</translation>
    </message>
    <message>
        <source>report attachment</source>
        <translation>レポートの添付</translation>
    </message>
    <message>
        <source>report format</source>
        <translation>レポートの形式</translation>
    </message>
    <message>
        <source>%1 is not applicable to %2 tasks: %3 are not available on %2.</source>
        <translation>%1 は %2 のタスクには適用できません: %2 では %3 を利用できません。</translation>
    </message>
    <message>
        <source>At least one applicable update type must be selected for the chosen platform (%1).</source>
        <translation>選択したプラットフォーム (%1) に適用できる更新の種類を 1 つ以上選択する必要があります。</translation>
    </message>
    <message>
        <source>%1 must be all applications, Patch Specific Applications or Patch All Applications Except.</source>
        <translation>%1 は「すべてのアプリケーション」、「Patch Specific Applications」、「Patch All Applications Except」のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>The API has no documented value of %1 for all applications, so a task cannot be switched back to them: delete the task and create it again.</source>
        <translation>API には「すべてのアプリケーション」を表す %1 の値が文書化されていないため、タスクをそれに戻すことはできません: タスクを削除して作成し直してください。</translation>
    </message>
    <message>
        <source>%1 is “%2” but %3 is empty: name at least one application.</source>
        <translation>%1 は「%2」ですが、%3 が空です: アプリケーションを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>failure_notify_duration is %1 days; it must be at least 1.</source>
        <translation>failure_notify_duration が %1 日です。1 以上である必要があります。</translation>
    </message>
    <message>
        <source>report_notify_duration is %1 days; it must be at least 1.</source>
        <translation>report_notify_duration が %1 日です。1 以上である必要があります。</translation>
    </message>
    <message>
        <source>attachmentFormatForFailure “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForFailure「%1」は xls、pdf、csv のいずれでもありません。</translation>
    </message>
    <message>
        <source>attachmentFormatForReport “%1” is not one of xls, pdf or csv.</source>
        <translation>attachmentFormatForReport「%1」は xls、pdf、csv のいずれでもありません。</translation>
    </message>
    <message>
        <source>Notifications are on but no e-mail address is given.</source>
        <translation>通知が有効ですが、メール アドレスが指定されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>「%1」は有効なメール アドレスではありません。</translation>
    </message>
    <message>
        <source>taskName is required: name the task.</source>
        <translation>taskName は必須です: タスクに名前を付けてください。</translation>
    </message>
    <message>
        <source>templateName is required: choose the deployment policy the task uses.</source>
        <translation>templateName は必須です: タスクが使う展開ポリシーを選択してください。</translation>
    </message>
    <message>
        <source>platform must be Windows, Mac or Linux.</source>
        <translation>platform は Windows、Mac、Linux のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>target_type must be DOMAIN, REMOTE_OFFICE or CUSTOM_GROUP.</source>
        <translation>target_type は DOMAIN、REMOTE_OFFICE、CUSTOM_GROUP のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Changing target_type needs target_list as well: name the new targets.</source>
        <translation>target_type を変更するには target_list も必要です: 新しい対象を指定してください。</translation>
    </message>
    <message>
        <source>target_list is empty: choose at least one target.</source>
        <translation>target_list が空です: 対象を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The delay must count from approval or from release.</source>
        <translation>遅延は承認時点またはリリース時点から数える必要があります。</translation>
    </message>
    <message>
        <source>The API has no way to clear a delay: set a delay after approval or after release.</source>
        <translation>API では遅延を解除できません: 承認後またはリリース後の遅延を設定してください。</translation>
    </message>
    <message>
        <source>%1 is %2; a delay must be at least 1.</source>
        <translation>%1 が %2 です。遅延は 1 以上である必要があります。</translation>
    </message>
    <message>
        <source>EXPIRY_TIME is not a valid date and time (MM/dd/yyyy, HH:mm).</source>
        <translation>EXPIRY_TIME が有効な日時ではありません (MM/dd/yyyy, HH:mm)。</translation>
    </message>
    <message>
        <source>The task expiry (%1) is not in the future.</source>
        <translation>タスクの有効期限 (%1) が未来の日時ではありません。</translation>
    </message>
    <message>
        <source>deadlineSettings.forceRebootOption must be 0 (disabled), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>deadlineSettings.forceRebootOption は 0 (無効)、1 (時間枠内)、2 (時間枠外) のいずれかである必要があります。%1 はいずれでもありません。</translation>
    </message>
    <message>
        <source>deadlineSettings.preferredDays is %1; with the deadline enabled it must be at least 1 day.</source>
        <translation>deadlineSettings.preferredDays が %1 です。期限を有効にする場合は 1 日以上である必要があります。</translation>
    </message>
</context>
<context>
    <name>pmp::api::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>pmp::api::CreateApdTaskRequest</name>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 個のドメイン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n 個のリモート オフィス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n 個のカスタム グループ</numerusform>
        </translation>
    </message>
    <message>
        <source>Create automatic deployment task %1 for %2 on %3</source>
        <translation>%3 上の %2 を対象に自動展開タスク %1 を作成</translation>
    </message>
    <message>
        <source>deployment policy %1</source>
        <translation>展開ポリシー %1</translation>
    </message>
</context>
<context>
    <name>pmp::api::DeclinePatchesRequest</name>
    <message>
        <source>Vendor-reported patch issue</source>
        <translation>ベンダーが報告したパッチの問題</translation>
    </message>
    <message>
        <source>Accepted Risk - Not Applicable to Environment</source>
        <translation>リスク受容 - 環境に該当しない</translation>
    </message>
    <message>
        <source>Accepted Risk - Known Application Conflict</source>
        <translation>リスク受容 - 既知のアプリケーションの競合</translation>
    </message>
    <message>
        <source>Accepted Risk - Managed by Alternative Method</source>
        <translation>リスク受容 - 別の方法で管理</translation>
    </message>
    <message>
        <source>Other (Specify Below)</source>
        <translation>その他 (下に記入)</translation>
    </message>
    <message>
        <source>The server does not decline Linux patches: they are left out of this request automatically.</source>
        <translation>サーバーは Linux パッチを拒否しません: この要求から自動的に除外されます。</translation>
    </message>
    <message>
        <source>Patches list is empty: select at least one patch to decline.</source>
        <translation>パッチのリストが空です: 拒否するパッチを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Patch %1 has id %2, which is not a numeric patch id.</source>
        <translation>パッチ %1 の ID は %2 で、数値のパッチ ID ではありません。</translation>
    </message>
    <message>
        <source>Patch id %1 is listed more than once.</source>
        <translation>パッチ ID %1 が複数回含まれています。</translation>
    </message>
    <message>
        <source>reasonId is mandatory for patch id: %1. Choose why it is declined.</source>
        <translation>パッチ ID %1 には reasonId が必須です。拒否する理由を選択してください。</translation>
    </message>
    <message>
        <source>reasonId %1 for patch id %2 is not one of the reasons 1 to 5.</source>
        <translation>パッチ ID %2 の reasonId %1 は理由 1 ～ 5 のいずれでもありません。</translation>
    </message>
    <message>
        <source>Remarks are required for patch id %1: say why it is declined.</source>
        <translation>パッチ ID %1 には備考が必須です: 拒否する理由を記入してください。</translation>
    </message>
    <message>
        <source>The reason for patch id %1 is “Other”: describe it in at least %2 characters.</source>
        <translation>パッチ ID %1 の理由が「その他」です: %2 文字以上で説明してください。</translation>
    </message>
    <message>
        <source>Every selected patch is a Linux patch, and the server excludes Linux patches: nothing would be declined.</source>
        <translation>選択したパッチはすべて Linux パッチで、サーバーは Linux パッチを除外します: 何も拒否されません。</translation>
    </message>
    <message>
        <source>customGroupID is empty: choose at least one custom group.</source>
        <translation>customGroupID が空です: カスタム グループを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Custom group id “%1” is not numeric.</source>
        <translation>カスタム グループ ID「%1」が数値ではありません。</translation>
    </message>
    <message>
        <source>Custom group id %1 is listed more than once.</source>
        <translation>カスタム グループ ID %1 が複数回含まれています。</translation>
    </message>
    <message>
        <source>All Computer Groups cannot be selected with other Custom Groups: the All Computers Group already covers every computer.</source>
        <translation>All Computer Groups は他のカスタム グループと同時に選択できません: All Computers グループが既にすべてのコンピューターを含んでいます。</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n 個のパッチ</numerusform>
        </translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n 個のカスタム グループ</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline %1 for %2</source>
        <translation>%2 で %1 を拒否</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Linux patches are skipped by the server</source>
        <translation>Linux パッチはサーバーによってスキップされます</translation>
    </message>
</context>
<context>
    <name>pmp::api::DeploymentOptions</name>
    <message>
        <source>deploy when the agents next contact the server</source>
        <translation>エージェントが次にサーバーに接続したときに展開</translation>
    </message>
    <message>
        <source>deploy immediately</source>
        <translation>すぐに展開</translation>
    </message>
    <message>
        <source>save as draft</source>
        <translation>下書きとして保存</translation>
    </message>
    <message>
        <source>force reboot within the deployment window</source>
        <translation>展開時間枠内で再起動を強制</translation>
    </message>
    <message>
        <source>force reboot outside the deployment window</source>
        <translation>展開時間枠外で再起動を強制</translation>
    </message>
</context>
<context>
    <name>pmp::api::Filters</name>
    <message>
        <source>Unrated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>脆弱</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>高度に脆弱</translation>
    </message>
    <message>
        <source>Security Updates</source>
        <translation>セキュリティ更新プログラム</translation>
    </message>
    <message>
        <source>Non-Security Updates</source>
        <translation>セキュリティ以外の更新プログラム</translation>
    </message>
    <message>
        <source>Third-Party Updates</source>
        <translation>サードパーティの更新プログラム</translation>
    </message>
    <message>
        <source>Definition Update</source>
        <translation>定義の更新プログラム</translation>
    </message>
    <message>
        <source>Service Packs</source>
        <translation>サービス パック</translation>
    </message>
    <message>
        <source>Feature Packs</source>
        <translation>機能パック</translation>
    </message>
    <message>
        <source>Rollups</source>
        <translation>ロールアップ</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>Optional Updates</source>
        <translation>オプションの更新プログラム</translation>
    </message>
    <message>
        <source>Preview Rollups</source>
        <translation>プレビュー ロールアップ</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Automatic reboot</source>
        <translation>自動再起動</translation>
    </message>
    <message>
        <source>May require</source>
        <translation>必要な場合あり</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>リモート オフィス</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Custom group</source>
        <translation>カスタム グループ</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>タスク名</translation>
    </message>
    <message>
        <source>Bulletin ID</source>
        <translation>情報 ID</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>パッチ ID</translation>
    </message>
    <message>
        <source>Patch status</source>
        <translation>パッチの状態</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>リソース ID</translation>
    </message>
    <message>
        <source>Patch name</source>
        <translation>パッチ名</translation>
    </message>
    <message>
        <source>Update type</source>
        <translation>更新の種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Install error code</source>
        <translation>インストール エラー コード</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>リリース日</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>CVE IDs</source>
        <translation>CVE ID</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unapproved</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Approved time</source>
        <translation>承認日時</translation>
    </message>
    <message>
        <source>KB number</source>
        <translation>KB 番号</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>サポート開始</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Uninstall support</source>
        <translation>アンインストール対応</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>ダウンロード状態</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>承認状態</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>展開済み</translation>
    </message>
    <message>
        <source>Retry in progress</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>コンピューター名</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>エージェントのインストール</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>インストール待ち</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>アンインストール済み</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>アンインストール失敗</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>インストール失敗</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>名前に含む</translation>
    </message>
    <message>
        <source>Service tag</source>
        <translation>サービス タグ</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接続</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>3 日以内</translation>
    </message>
    <message>
        <source>4 to 7 days ago</source>
        <translation>4 ～ 7 日前</translation>
    </message>
    <message>
        <source>8 to 15 days ago</source>
        <translation>8 ～ 15 日前</translation>
    </message>
    <message>
        <source>16 to 30 days ago</source>
        <translation>16 ～ 30 日前</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>30 日より前</translation>
    </message>
</context>
<context>
    <name>pmp::api::I18nText</name>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Installed successfully</source>
        <translation>インストール成功</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>インストール待ち</translation>
    </message>
    <message>
        <source>Uninstalled successfully</source>
        <translation>アンインストール成功</translation>
    </message>
    <message>
        <source>Agent installed successfully</source>
        <translation>エージェントのインストール成功</translation>
    </message>
    <message>
        <source>Scan completed successfully</source>
        <translation>スキャン正常終了</translation>
    </message>
    <message>
        <source>Draft (download failed)</source>
        <translation>下書き (ダウンロード失敗)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Patch downloaded successfully</source>
        <translation>パッチのダウンロード成功</translation>
    </message>
    <message>
        <source>Agent installation failed: unknown credentials</source>
        <translation>エージェントのインストール失敗: 不明な資格情報</translation>
    </message>
</context>
<context>
    <name>pmp::api::InstallPatchesRequest</name>
    <message>
        <source>Choose one target set: %1 and %2 cannot be sent together.</source>
        <translation>対象セットを 1 つ選択してください: %1 と %2 は同時に送信できません。</translation>
    </message>
    <message>
        <source>Installing all missing patches needs a target set: one of ResourceIDs, resourceNames, customGroups, ipAddresses or remoteOffices.</source>
        <translation>未適用のパッチをすべてインストールするには対象セットが必要です: ResourceIDs、resourceNames、customGroups、ipAddresses、remoteOffices のいずれか。</translation>
    </message>
    <message>
        <source>ResourceIDs is empty: select at least one computer.</source>
        <translation>ResourceIDs が空です: コンピューターを 1 台以上選択してください。</translation>
    </message>
    <message>
        <source>resourceNames is empty: select at least one computer.</source>
        <translation>resourceNames が空です: コンピューターを 1 台以上選択してください。</translation>
    </message>
    <message>
        <source>customGroups is empty: select at least one custom group.</source>
        <translation>customGroups が空です: カスタム グループを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>ipAddresses is empty: enter at least one IP address.</source>
        <translation>ipAddresses が空です: IP アドレスを 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>ipAddresses: “%1” is not an IP address.</source>
        <translation>ipAddresses: 「%1」は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>remoteOffices is empty: select at least one remote office.</source>
        <translation>remoteOffices が空です: リモート オフィスを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>installaftertime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>installaftertime が有効な日時ではありません (yyyy-MM-dd HH:mm)。</translation>
    </message>
    <message>
        <source>expirytime is not a valid date and time (yyyy-MM-dd HH:mm).</source>
        <translation>expirytime が有効な日時ではありません (yyyy-MM-dd HH:mm)。</translation>
    </message>
    <message>
        <source>The expiry time (%1) must be later than the install-after time (%2).</source>
        <translation>有効期限 (%1) はインストール開始時刻 (%2) より後である必要があります。</translation>
    </message>
    <message>
        <source>The expiry time (%1) is not in the future: the configuration would never apply.</source>
        <translation>有効期限 (%1) が未来の日時ではありません: 構成が適用されることはありません。</translation>
    </message>
    <message>
        <source>deadlineTime is not a valid date and time.</source>
        <translation>deadlineTime が有効な日時ではありません。</translation>
    </message>
    <message>
        <source>The deadline (%1) is not in the future.</source>
        <translation>期限 (%1) が未来の日時ではありません。</translation>
    </message>
    <message>
        <source>The deadline (%1) is more than one year ahead; at most one year is supported.</source>
        <translation>期限 (%1) が 1 年以上先です。設定できるのは 1 年先までです。</translation>
    </message>
    <message>
        <source>PatchIDs is empty: select at least one patch (or choose to install all missing patches).</source>
        <translation>PatchIDs が空です: パッチを 1 つ以上選択してください (または未適用のパッチをすべてインストールするよう選択してください)。</translation>
    </message>
    <message>
        <source>isOnlyApproved applies only when installing all missing patches (without PatchIDs).</source>
        <translation>isOnlyApproved は未適用のパッチをすべてインストールする場合 (PatchIDs なし) にのみ適用されます。</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName は必須です: 構成に名前を付けてください。</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName が %1 文字あります。最大 %2 文字までです。</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform は Deploy、Deploy Immediately、Draft のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>deploymentType must be 0 (deploy only), 1 (Self Service Portal only) or 2 (both); %1 is not one of them.</source>
        <translation>deploymentType は 0 (展開のみ)、1 (セルフサービス ポータルのみ)、2 (両方) のいずれかである必要があります。%1 はいずれでもありません。</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for every deployment type: choose a deployment policy.</source>
        <translation>DeploymentPolicyTemplateID はすべての展開タイプで必須です: 展開ポリシーを選択してください。</translation>
    </message>
    <message>
        <source>forceRebootOption must be 0 (not configured), 1 (within the window) or 2 (outside the window); %1 is not one of them.</source>
        <translation>forceRebootOption は 0 (未構成)、1 (時間枠内)、2 (時間枠外) のいずれかである必要があります。%1 はいずれでもありません。</translation>
    </message>
    <message>
        <source>noOfRetries must be between 1 and 10; %1 is not.</source>
        <translation>noOfRetries は 1 ～ 10 の範囲である必要があります。%1 は範囲外です。</translation>
    </message>
    <message>
        <source>logonStartupMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>logonStartupMinRetry は 0 ～ 9 の範囲である必要があります。%1 は範囲外です。</translation>
    </message>
    <message>
        <source>refreshMinRetry must be between 0 and 9; %1 is not.</source>
        <translation>refreshMinRetry は 0 ～ 9 の範囲である必要があります。%1 は範囲外です。</translation>
    </message>
    <message>
        <source>Retry count: logonStartupMinRetry + refreshMinRetry (%1 + %2) must equal noOfRetries (%3).</source>
        <translation>再試行回数: logonStartupMinRetry + refreshMinRetry (%1 + %2) は noOfRetries (%3) と等しくなる必要があります。</translation>
    </message>
    <message>
        <source>all computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n 台のコンピューター</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom group(s)</source>
        <translation>
            <numerusform>%n 個のカスタム グループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IP address(es)</source>
        <translation>
            <numerusform>%n 個の IP アドレス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote office(s)</source>
        <translation>
            <numerusform>%n 個のリモート オフィス</numerusform>
        </translation>
    </message>
    <message>
        <source>all missing approved patches</source>
        <translation>承認済みの未適用パッチすべて</translation>
    </message>
    <message>
        <source>all missing patches</source>
        <translation>未適用のパッチすべて</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n 個のパッチ</numerusform>
        </translation>
    </message>
    <message>
        <source>Install %1 on %2</source>
        <translation>%2 に %1 をインストール</translation>
    </message>
    <message>
        <source>publish in the Self Service Portal only</source>
        <translation>セルフサービス ポータルでのみ公開</translation>
    </message>
    <message>
        <source>also publish in the Self Service Portal</source>
        <translation>セルフサービス ポータルでも公開</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
</context>
<context>
    <name>pmp::api::LegacyDeclineRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to decline.</source>
        <translation>patchids が空です: 拒否するパッチを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>%1 patches selected; the legacy decline takes at most %2 per request.</source>
        <translation>%1 個のパッチが選択されています。従来の拒否では 1 回の要求につき最大 %2 個です。</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es) for all computers (legacy endpoint)</source>
        <translation>
            <numerusform>すべてのコンピューターで %n 個のパッチを拒否 (従来のエンドポイント)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::ListQuery</name>
    <message>
        <source>"%1" is not a filter of %2 (%3).</source>
        <translation>「%1」は %2 のフィルターではありません (%3)。</translation>
    </message>
    <message>
        <source>"%1" is not a documented value of %2; use one of: %3.</source>
        <translation>「%1」は %2 の文書化された値ではありません。次のいずれかを使用してください: %3。</translation>
    </message>
    <message>
        <source>%1 needs "%2" (%3).</source>
        <translation>%1 には「%2」が必要です (%3)。</translation>
    </message>
    <message>
        <source>%1 needs a report id.</source>
        <translation>%1 にはレポート ID が必要です。</translation>
    </message>
</context>
<context>
    <name>pmp::api::ModifyApdTaskRequest</name>
    <message>
        <source>taskname is required: name the task to modify.</source>
        <translation>taskname は必須です: 変更するタスクの名前を指定してください。</translation>
    </message>
    <message>
        <source>Nothing to change: set at least one setting of the task.</source>
        <translation>変更する内容がありません: タスクの設定を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Change automatic deployment task %1: %2</source>
        <translation>自動展開タスク %1 を変更: %2</translation>
    </message>
</context>
<context>
    <name>pmp::api::PagedFetch</name>
    <message>
        <source>Page %1 could not be fetched: %2</source>
        <translation>ページ %1 を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The server changed its page size from %1 to %2 during the fetch; refresh to load a consistent list.</source>
        <translation>取得中にサーバーのページ サイズが %1 から %2 に変わりました。最新の情報に更新して一貫したリストを読み込んでください。</translation>
    </message>
    <message>
        <source>The list keeps changing on the server (its total changed %1 times while loading); try again later.</source>
        <translation>サーバー上のリストが変わり続けています (読み込み中に総数が %1 回変化しました)。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server reports %1 items but served more on page %2: its totals cannot be trusted, so the list cannot be loaded completely. Refresh to try again.</source>
        <translation>サーバーは %1 件と報告していますが、ページ %2 でそれより多く返しました: 総数が信頼できないため、リストを完全には読み込めません。最新の情報に更新して再試行してください。</translation>
    </message>
    <message>
        <source>The list changed on the server while loading: %1 items arrived but the server now reports %2. Refresh to load a consistent list.</source>
        <translation>読み込み中にサーバー上のリストが変わりました: %1 件を受信しましたが、サーバーは現在 %2 件と報告しています。最新の情報に更新して一貫したリストを読み込んでください。</translation>
    </message>
    <message>
        <source>The server reports %1 items in pages of %2: more than PatchDeck loads in one list (%3 items, %4 requests). Narrow the list with a filter.</source>
        <translation>サーバーは %2 件ずつのページで %1 件と報告しています: PatchDeck が 1 つのリストで読み込める量 (%3 件、%4 回の要求) を超えています。フィルターでリストを絞り込んでください。</translation>
    </message>
    <message>
        <source>The server answered page %1 when asked for page %2: it does not page this list as documented, so the list cannot be loaded completely.</source>
        <translation>ページ %2 を要求したのにサーバーはページ %1 を返しました: このリストを文書どおりにページングしていないため、完全には読み込めません。</translation>
    </message>
    <message>
        <source>The list did not end after %1 pages; the server's paging cannot be followed.</source>
        <translation>%1 ページを過ぎてもリストが終わりませんでした。サーバーのページングをたどれません。</translation>
    </message>
    <message>
        <source>The server returned the same items for pages %1 and %2: it ignores the paging parameters, so the list cannot be loaded completely.</source>
        <translation>サーバーはページ %1 と %2 に同じ項目を返しました: ページング パラメーターを無視しているため、リストを完全には読み込めません。</translation>
    </message>
    <message>
        <source>The list is incomplete.</source>
        <translation>リストが不完全です。</translation>
    </message>
</context>
<context>
    <name>pmp::api::PatchApprovalRequest</name>
    <message>
        <source>patchids is empty: select at least one patch to approve.</source>
        <translation>patchids が空です: 承認するパッチを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>patchids is empty: select at least one patch to unapprove.</source>
        <translation>patchids が空です: 承認を取り消すパッチを 1 つ以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es) for all computers</source>
        <translation>
            <numerusform>すべてのコンピューターで %n 個のパッチを承認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es) for all computers</source>
        <translation>
            <numerusform>すべてのコンピューターで %n 個のパッチの承認を取り消し</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::api::RequestRules</name>
    <message>
        <source>DeploymentPolicyTemplateID %1 is not a valid policy id.</source>
        <translation>DeploymentPolicyTemplateID %1 は有効なポリシー ID ではありません。</translation>
    </message>
    <message>
        <source>%1 is empty: select at least one item.</source>
        <translation>%1 が空です: 項目を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not a valid id (ids are positive numbers).</source>
        <translation>%1 に %2 が含まれていますが、有効な ID ではありません (ID は正の数値です)。</translation>
    </message>
    <message>
        <source>%1 lists id %2 more than once.</source>
        <translation>%1 に ID %2 が複数回含まれています。</translation>
    </message>
    <message>
        <source>%1 contains an empty name.</source>
        <translation>%1 に空の名前が含まれています。</translation>
    </message>
    <message>
        <source>%1 lists “%2” more than once.</source>
        <translation>%1 に「%2」が複数回含まれています。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of names</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>list of names that was cut short</comment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
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
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResponseParser</name>
    <message>
        <source>The session has expired or the token was rejected (%1).</source>
        <translation>セッションの有効期限が切れたか、トークンが拒否されました (%1)。</translation>
    </message>
    <message>
        <source>The server is throttling requests: %1</source>
        <translation>サーバーが要求を制限しています: %1</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>サーバーがこの要求を拒否しました。</translation>
    </message>
    <message>
        <source>The server reported an error (%1).</source>
        <translation>サーバーがエラーを報告しました (%1)。</translation>
    </message>
    <message>
        <source>The server reported an error: %1</source>
        <translation>サーバーがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>The session has expired or the token was rejected.</source>
        <translation>セッションの有効期限が切れたか、トークンが拒否されました。</translation>
    </message>
    <message>
        <source>The server is throttling requests; try again shortly.</source>
        <translation>サーバーが要求を制限しています。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Access denied: the token lacks the permission (scope) for this operation.</source>
        <translation>アクセス拒否: トークンにこの操作の権限 (スコープ) がありません。</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>アクセス拒否: %1</translation>
    </message>
    <message>
        <source>The server reported error %1.</source>
        <translation>サーバーがエラー %1 を報告しました。</translation>
    </message>
    <message>
        <source>The server does not offer this operation (HTTP 404).</source>
        <translation>サーバーはこの操作に対応していません (HTTP 404)。</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>サーバーで内部エラーが発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>サーバーが要求を拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The reply was cut off after %1 bytes (incomplete data).</source>
        <translation>応答が %1 バイトで途切れました (データ不完全)。</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>応答が有効な JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>The server is throttling requests (it sent a "%1" page); try again shortly.</source>
        <translation>サーバーが要求を制限しています (「%1」ページが返されました)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>要求が多すぎます</translation>
    </message>
    <message>
        <source>Access was denied by something between PatchDeck and the server (it sent a "%1" page): a proxy or firewall may need to allow it.</source>
        <translation>PatchDeck とサーバーの間にある何かがアクセスを拒否しました (「%1」ページが返されました): プロキシまたはファイアウォールで許可が必要な可能性があります。</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>The server sent a web page ("%1") where data was expected. A proxy or login page may be in the way.</source>
        <translation>データが必要な箇所でサーバーが Web ページ (「%1」) を返しました。プロキシまたはログイン ページが間にある可能性があります。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>サーバーが空の応答を返しました。</translation>
    </message>
    <message>
        <source>The reply is a list where a single object was expected.</source>
        <translation>単一のオブジェクトが必要な箇所で、応答がリストになっています。</translation>
    </message>
    <message>
        <source>The reply has no "message_response"; it does not look like a %1 reply.</source>
        <translation>応答に「message_response」がありません。%1 の応答には見えません。</translation>
    </message>
    <message>
        <source>The reply has no "%1" data.</source>
        <translation>応答に「%1」のデータがありません。</translation>
    </message>
    <message>
        <source>"%1" is not a list.</source>
        <translation>「%1」はリストではありません。</translation>
    </message>
    <message>
        <source>The reply has no "%1" list.</source>
        <translation>応答に「%1」のリストがありません。</translation>
    </message>
    <message>
        <source>Item %1 of the list is not an object.</source>
        <translation>リストの項目 %1 がオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>pmp::api::ResultParsers</name>
    <message>
        <source>The %1 reply is not an object.</source>
        <translation>%1 の応答がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Report row %1 is not an object.</source>
        <translation>レポートの行 %1 がオブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanAllComputersRequest</name>
    <message>
        <source>Scan all computers for missing patches</source>
        <translation>すべてのコンピューターで未適用のパッチをスキャン</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
</context>
<context>
    <name>pmp::api::ScanComputersRequest</name>
    <message>
        <source>resourceids is empty: select at least one computer to scan.</source>
        <translation>resourceids が空です: スキャンするコンピューターを 1 台以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n 台のコンピューター</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan %1 for missing patches</source>
        <translation>%1 で未適用のパッチをスキャン</translation>
    </message>
</context>
<context>
    <name>pmp::api::Transport</name>
    <message>
        <source>Refusing to send credentials over unencrypted HTTP to %1; use https.</source>
        <translation>暗号化されていない HTTP で %1 に資格情報を送信することはできません。https を使用してください。</translation>
    </message>
    <message>
        <source>The server address "%1" is not a valid https URL.</source>
        <translation>サーバー アドレス「%1」は有効な https URL ではありません。</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB and was not read: the action may or may not have happened. It was not sent again.</source>
        <translation>サーバーの応答が %1 MB を超えたため読み取っていません: 操作が実行されたかどうかはわかりません。再送信はしていません。</translation>
    </message>
    <message>
        <source>The server's answer was larger than %1 MB, far more than a page of this list can be; it was not read.</source>
        <translation>サーバーの応答が %1 MB を超えており、このリストの 1 ページとしては大きすぎるため、読み取っていません。</translation>
    </message>
    <message>
        <source>a different address</source>
        <translation>別のアドレス</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; PatchDeck does not send your sign-in to another address. Check the server address in the profile.</source>
        <translation>サーバーが要求を %1 にリダイレクトしました。PatchDeck はサインイン情報を別のアドレスに送信しません。プロファイルのサーバー アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent: the server may have carried it out.</source>
        <translation>要求の送信後にキャンセルしました: サーバーが実行した可能性があります。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>送信後 %2 秒以内に %1 から応答がありません: 操作が実行されたかどうかはわかりません。再送信はしていません。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after sending: the action may or may not have happened. It was not sent again.</source>
        <translation>送信後に %1 との接続が切れました: 操作が実行されたかどうかはわかりません。再送信はしていません。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました: 証明書が信頼されていません。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 が接続を拒否しました。</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS).</source>
        <translation>サーバー %1 が見つかりませんでした (DNS)。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete.</source>
        <translation>%1 が応答の完了前に接続を閉じました。</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>%1 との通信中にネットワーク エラーが発生しました: %2</translation>
    </message>
    <message>
        <source>The server's answer was unreadable (%1): the action may or may not have happened. It was not sent again.</source>
        <translation>サーバーの応答を読み取れませんでした (%1): 操作が実行されたかどうかはわかりません。再送信はしていません。</translation>
    </message>
    <message>
        <source>The server refused the request although the sign-in was just renewed: the account may not be allowed to do this (%1).</source>
        <translation>サインインを更新した直後なのにサーバーが要求を拒否しました: このアカウントにはこの操作が許可されていない可能性があります (%1)。</translation>
    </message>
</context>
<context>
    <name>pmp::api::UninstallPatchesRequest</name>
    <message>
        <source>PatchIDs is empty: select at least one patch to uninstall.</source>
        <translation>PatchIDs が空です: アンインストールするパッチを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>ConfigName is required: name the configuration.</source>
        <translation>ConfigName は必須です: 構成に名前を付けてください。</translation>
    </message>
    <message>
        <source>ConfigName is %1 characters long; at most %2 are allowed.</source>
        <translation>ConfigName が %1 文字あります。最大 %2 文字までです。</translation>
    </message>
    <message>
        <source>actionToPerform must be Deploy, Deploy Immediately or Draft.</source>
        <translation>actionToPerform は Deploy、Deploy Immediately、Draft のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>DeploymentPolicyTemplateID is required for an uninstall: choose a deployment policy.</source>
        <translation>アンインストールには DeploymentPolicyTemplateID が必須です: 展開ポリシーを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n 個のパッチ</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall %1 from all computers</source>
        <translation>すべてのコンピューターから %1 をアンインストール</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
</context>
<context>
    <name>pmp::auth::BrowserSignIn</name>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>API コンソールのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>アカウント サーバーは https アドレスである必要があります (http は 127.0.0.1 の場合のみ)。</translation>
    </message>
    <message numerus="yes">
        <source>The browser did not come back within %n minute(s). Start the sign-in again; if the browser did not open, copy the link into it yourself.</source>
        <translation>
            <numerusform>%n 分以内にブラウザーから応答がありませんでした。もう一度サインインしてください。ブラウザーが開かなかった場合は、リンクをご自身でブラウザーにコピーしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in response arrived that does not belong to this attempt (state mismatch). It was ignored; still waiting for the browser.</source>
        <translation>この試行に属さないサインイン応答が届きました (state の不一致)。無視して、引き続きブラウザーを待っています。</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so PatchDeck is not signed in. To connect, sign in again and choose Accept on Zoho's consent page.</source>
        <translation>ブラウザーでアクセスが拒否されたため、PatchDeck はサインインしていません。接続するには、もう一度サインインして Zoho の同意ページで Accept を選択してください。</translation>
    </message>
    <message>
        <source>Zoho ended the sign-in with the error "%1".</source>
        <translation>Zoho がエラー「%1」でサインインを終了しました。</translation>
    </message>
    <message>
        <source>The sign-in named the accounts server %1, which is not a Zoho accounts server PatchDeck trusts. The code was not sent there.</source>
        <translation>サインインでアカウント サーバー %1 が指定されましたが、PatchDeck が信頼する Zoho のアカウント サーバーではありません。コードは送信していません。</translation>
    </message>
    <message>
        <source>Zoho issued no refresh token, so the session would end within an hour. Revoke PatchDeck's earlier access in your Zoho account (Connected Apps) and sign in again.</source>
        <translation>Zoho が更新トークンを発行しなかったため、セッションは 1 時間以内に終了します。Zoho アカウント (Connected Apps) で PatchDeck の以前のアクセスを取り消し、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::CallbackRequest</name>
    <message>
        <source>not an HTTP request</source>
        <translation>HTTP 要求ではありません</translation>
    </message>
    <message>
        <source>unexpected Host header</source>
        <translation>予期しない Host ヘッダー</translation>
    </message>
    <message>
        <source>not a GET request for a local path</source>
        <translation>ローカル パスへの GET 要求ではありません</translation>
    </message>
    <message>
        <source>the state does not match this sign-in attempt</source>
        <translation>state がこのサインインの試行と一致しません</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>state がありません</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>コードがありません</translation>
    </message>
</context>
<context>
    <name>pmp::auth::DataCentre</name>
    <message>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>ヨーロッパ</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>カスタム サーバー</translation>
    </message>
</context>
<context>
    <name>pmp::auth::LoopbackReceiver</name>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use, so the redirect from the browser cannot be received. Close the program using it, or register another port.</source>
        <translation>127.0.0.1 のポート %1 は既に使用中のため、ブラウザーからのリダイレクトを受信できません。そのポートを使っているプログラムを終了するか、別のポートを登録してください。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>127.0.0.1 で待ち受けできません: %1</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>要求が大きすぎます</translation>
    </message>
    <message>
        <source>sign-in already completed</source>
        <translation>サインインは既に完了しています</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>%1 received the sign-in. You can close this tab and return to %1.</source>
        <translation>%1 がサインインを受け取りました。このタブを閉じて %1 に戻ってください。</translation>
    </message>
    <message>
        <source>Access not granted</source>
        <translation>アクセスが許可されませんでした</translation>
    </message>
    <message>
        <source>You declined the access request, so %1 is not signed in. You can close this tab; %1 explains what to do next.</source>
        <translation>アクセス要求を拒否したため、%1 はサインインしていません。このタブは閉じてかまいません。次の手順は %1 で説明します。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>The sign-in ended with the error "%1". You can close this tab and return to %2.</source>
        <translation>サインインはエラー「%1」で終了しました。このタブを閉じて %2 に戻ってください。</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in %1 is waiting for (the state does not match), so it was ignored. Start the sign-in again from %1 if needed.</source>
        <translation>この応答は %1 が待っているサインインのものではないため (state の不一致)、無視しました。必要であれば %1 からもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This sign-in was already completed. You can close this tab.</source>
        <translation>このサインインは既に完了しています。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response for %1.</source>
        <translation>このアドレスは %1 のサインイン応答のみを受け取ります。</translation>
    </message>
    <message>
        <source>Not a sign-in response</source>
        <translation>サインイン応答ではありません</translation>
    </message>
</context>
<context>
    <name>pmp::auth::NetworkSettings</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>CA ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER expected).</source>
        <translation>ファイル %1 に証明書が含まれていません (PEM または DER が必要です)。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OAuthAuthenticator</name>
    <message>
        <source>The sign-in of "%1" names the accounts server %2, which is not a Zoho accounts server PatchDeck trusts, so its tokens were not sent there. Sign in again.</source>
        <translation>「%1」のサインインはアカウント サーバー %2 を指定していますが、PatchDeck が信頼する Zoho のアカウント サーバーではないため、トークンは送信していません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The session of "%1" has ended: Zoho no longer accepts its sign-in (it was revoked, or the client changed). Sign in again.</source>
        <translation>「%1」のセッションは終了しました: Zoho がサインインを受け付けなくなりました (取り消されたか、クライアントが変更されました)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho's limit on new access tokens is reached; PatchDeck will try again at %1.</source>
        <translation>Zoho の新規アクセス トークンの上限に達しました。PatchDeck は %1 に再試行します。</translation>
    </message>
    <message>
        <source>The session could not be renewed; PatchDeck will try again at %1.</source>
        <translation>セッションを更新できませんでした。PatchDeck は %1 に再試行します。</translation>
    </message>
    <message>
        <source>Zoho allows %1 new access tokens per %2 minutes for one sign-in, and that limit is reached. PatchDeck will try again at %3.</source>
        <translation>Zoho では 1 つのサインインにつき %2 分あたり %1 個の新規アクセス トークンまでしか発行できず、その上限に達しました。PatchDeck は %3 に再試行します。</translation>
    </message>
    <message>
        <source>Could not renew the session with %1 (%2). PatchDeck will try again at %3.</source>
        <translation>%1 でセッションを更新できませんでした (%2)。PatchDeck は %3 に再試行します。</translation>
    </message>
    <message>
        <source>This profile signs in with a Self Client code, which cannot be extended from here. Generate a new code in the API console with these scopes added, and sign in again: %1</source>
        <translation>このプロファイルは Self Client コードでサインインしており、ここから権限を拡張することはできません。API コンソールでこれらのスコープを追加した新しいコードを生成し、もう一度サインインしてください: %1</translation>
    </message>
    <message>
        <source>The additional permission was not granted in the browser, so the action was not sent.</source>
        <translation>ブラウザーで追加の権限が付与されなかったため、操作は送信していません。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::OnPremisesSignIn</name>
    <message>
        <source>Enter the server's address, for example https://patch.example.com:8383.</source>
        <translation>サーバーのアドレスを入力してください (例: https://patch.example.com:8383)。</translation>
    </message>
    <message>
        <source>PatchDeck sends the API token only over https (plain http only to 127.0.0.1). Use the server's https port (8383 by default).</source>
        <translation>PatchDeck は API トークンを https でのみ送信します (http は 127.0.0.1 宛てのみ)。サーバーの https ポート (既定は 8383) を使用してください。</translation>
    </message>
    <message>
        <source>Paste the API token created on the server (Admin → Integrations → API Key Management).</source>
        <translation>サーバーで作成した API トークンを貼り付けてください (Admin → Integrations → API Key Management)。</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>ネットワークにアクセスできません。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 did not accept this API token. Check it on the server (Admin → Integrations → API Key Management) and paste it again.</source>
        <translation>%1 がこの API トークンを受け付けませんでした。サーバー (Admin → Integrations → API Key Management) で確認し、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Patch Manager Plus server would: %2</source>
        <translation>%1 は応答しましたが、Patch Manager Plus サーバーとしての応答ではありません: %2</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SelfClientSignIn</name>
    <message>
        <source>Enter the Self Client's client id (API console → Self Client → Client Secret tab).</source>
        <translation>Self Client のクライアント ID を入力してください (API コンソール → Self Client → Client Secret タブ)。</translation>
    </message>
    <message>
        <source>Enter the Self Client's client secret (API console → Self Client → Client Secret tab).</source>
        <translation>Self Client のクライアント シークレットを入力してください (API コンソール → Self Client → Client Secret タブ)。</translation>
    </message>
    <message>
        <source>Paste the code generated in the API console (Self Client → Generate Code).</source>
        <translation>API コンソールで生成したコードを貼り付けてください (Self Client → Generate Code)。</translation>
    </message>
    <message>
        <source>The code contains spaces; paste only the code itself.</source>
        <translation>コードにスペースが含まれています。コードだけを貼り付けてください。</translation>
    </message>
    <message>
        <source>The accounts server must be an https address (plain http only for 127.0.0.1).</source>
        <translation>アカウント サーバーは https アドレスである必要があります (http は 127.0.0.1 の場合のみ)。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SessionManager</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>このプロファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>The keychain is not available, so the sign-in of "%1" cannot be read: %2</source>
        <translation>キーチェーンを利用できないため、「%1」のサインイン情報を読み取れません: %2</translation>
    </message>
    <message>
        <source>"%1" kept its sign-in for one session only. Sign in again.</source>
        <translation>「%1」はサインインを 1 セッションだけ保持していました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>"%1" is not signed in. Sign in to continue.</source>
        <translation>「%1」はサインインしていません。続行するにはサインインしてください。</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it works until PatchDeck closes.</source>
        <translation>更新したサインイン情報をキーチェーンに保存できませんでした (%1)。PatchDeck を閉じるまでは有効です。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignInError</name>
    <message>
        <source>This code has expired or was already used. A Self Client code works once, and only for the time chosen when it was generated. Generate a new code in the API console (Self Client → Generate Code) and paste it here right away.</source>
        <translation>このコードは期限切れか、既に使用されています。Self Client コードは 1 回だけ、生成時に選んだ時間内のみ有効です。API コンソール (Self Client → Generate Code) で新しいコードを生成し、すぐにここに貼り付けてください。</translation>
    </message>
    <message>
        <source>The sign-in code expired or was already used before PatchDeck could exchange it (Zoho codes are valid for about two minutes, once). Sign in again.</source>
        <translation>PatchDeck が交換する前に、サインイン コードの期限が切れたか既に使用されていました (Zoho のコードは 1 回限り、約 2 分間有効です)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho did not accept the client id or client secret. Copy both again from the API console's Client Secret tab, and check that the client was created in this data centre (or has multi-DC enabled).</source>
        <translation>Zoho がクライアント ID またはクライアント シークレットを受け付けませんでした。API コンソールの Client Secret タブから両方をもう一度コピーし、クライアントがこのデータ センターで作成されたこと (またはマルチ DC が有効であること) を確認してください。</translation>
    </message>
    <message>
        <source>The redirect URI registered for this client differs from the one PatchDeck uses. Register exactly the URI shown in the help, including the port.</source>
        <translation>このクライアントに登録されたリダイレクト URI が、PatchDeck が使用するものと異なります。ヘルプに示された URI をポートも含めて正確に登録してください。</translation>
    </message>
    <message>
        <source>Zoho refused to issue more tokens for now (too many requests). Wait ten minutes and try again.</source>
        <translation>Zoho は現在これ以上トークンを発行しません (要求が多すぎます)。10 分待ってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::SignOut</name>
    <message>
        <source>%1 is not a Zoho accounts server PatchDeck trusts, so the token was not sent there</source>
        <translation>%1 は PatchDeck が信頼する Zoho のアカウント サーバーではないため、トークンは送信していません</translation>
    </message>
    <message>
        <source>Signed out of "%1". Its tokens were removed from this computer.</source>
        <translation>「%1」からサインアウトしました。トークンはこのコンピューターから削除されました。</translation>
    </message>
    <message>
        <source>Signed out of "%1" on this computer, but Zoho could not be told (%2). To be sure, remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>このコンピューターで「%1」からサインアウトしましたが、Zoho に通知できませんでした (%2)。念のため、Zoho アカウントの Connected Apps で PatchDeck を削除してください。</translation>
    </message>
    <message>
        <source>Signed out of "%1".</source>
        <translation>「%1」からサインアウトしました。</translation>
    </message>
    <message>
        <source>Signed out of "%1": PatchDeck no longer holds its tokens in memory, but did not remove them from the keychain. %2 Any copy stored there stays; to remove it, delete the entry "%3" of "%4" with your keychain's manager.</source>
        <translation>「%1」からサインアウトしました: PatchDeck はトークンをメモリに保持しなくなりましたが、キーチェーンからは削除していません。%2 キーチェーンに保存されたコピーは残ります。削除するには、キーチェーンの管理ツールで「%4」の項目「%3」を削除してください。</translation>
    </message>
    <message>
        <source>Zoho revoked the sign-in, so such a copy no longer works.</source>
        <translation>Zoho がサインインを取り消したため、そのコピーはもう使えません。</translation>
    </message>
    <message>
        <source>Zoho could not be told either (%1): remove PatchDeck under Connected Apps in your Zoho account.</source>
        <translation>Zoho にも通知できませんでした (%1): Zoho アカウントの Connected Apps で PatchDeck を削除してください。</translation>
    </message>
    <message>
        <source>Zoho was not told to revoke the sign-in (PatchDeck had no token to send): remove PatchDeck under Connected Apps in your Zoho account to end it.</source>
        <translation>Zoho にサインインの取り消しを依頼していません (送信するトークンがありませんでした): 終了させるには、Zoho アカウントの Connected Apps で PatchDeck を削除してください。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TlsFailure</name>
    <message>
        <source>The secure connection to %1 was refused: %2.</source>
        <translation>%1 へのセキュリティで保護された接続が拒否されました: %2。</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有効期間: %1 ～ %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 フィンガープリント: %1</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>サーバー証明書:</translation>
    </message>
    <message>
        <source>Issuer certificate %1:</source>
        <translation>発行者の証明書 %1:</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenEndpoint</name>
    <message>
        <source>Refusing to send sign-in secrets to %1: the accounts server must use https.</source>
        <translation>%1 にサインイン用のシークレットを送信することはできません: アカウント サーバーは https を使用する必要があります。</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>ネットワークにアクセスできません。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 へのセキュリティで保護された接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The accounts server refused to issue more tokens for now (too many requests).</source>
        <translation>アカウント サーバーは現在これ以上トークンを発行しません (要求が多すぎます)。</translation>
    </message>
    <message>
        <source>The code or token is no longer valid (it expired, was already used, or was revoked).</source>
        <translation>コードまたはトークンが無効になっています (期限切れ、使用済み、または取り消し済み)。</translation>
    </message>
    <message>
        <source>The client id or client secret was not accepted. Check them in the API console, and that the client belongs to this data centre (or has multi-DC enabled).</source>
        <translation>クライアント ID またはクライアント シークレットが受け付けられませんでした。API コンソールで確認し、クライアントがこのデータ センターに属していること (またはマルチ DC が有効であること) も確認してください。</translation>
    </message>
    <message>
        <source>The redirect URI does not match the one registered for this client.</source>
        <translation>リダイレクト URI がこのクライアントに登録されたものと一致しません。</translation>
    </message>
    <message>
        <source>The accounts server answered "%1".</source>
        <translation>アカウント サーバーの応答:「%1」。</translation>
    </message>
    <message>
        <source>The accounts server answered "%1": %2</source>
        <translation>アカウント サーバーの応答:「%1」: %2</translation>
    </message>
    <message>
        <source>The accounts server sent an unexpected answer (HTTP %1).</source>
        <translation>アカウント サーバーが予期しない応答を返しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The accounts server's answer contains no access token (HTTP %1).</source>
        <translation>アカウント サーバーの応答にアクセス トークンが含まれていません (HTTP %1)。</translation>
    </message>
</context>
<context>
    <name>pmp::auth::TokenStore</name>
    <message>
        <source>No keychain service is available on this computer (%1).</source>
        <translation>このコンピューターでは利用できるキーチェーン サービスがありません (%1)。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>キーチェーンへのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked.</source>
        <translation>キーチェーンがアクセスを拒否しました (%1)。ロックされている可能性があります。</translation>
    </message>
    <message>
        <source>This system has no supported keychain.</source>
        <translation>このシステムには対応するキーチェーンがありません。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>キーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so no keychain (Secret Service) can be reached.</source>
        <translation>D-Bus セッション バスがないため、キーチェーン (Secret Service) に接続できません。</translation>
    </message>
    <message>
        <source>The D-Bus session bus does not answer.</source>
        <translation>D-Bus セッション バスが応答しません。</translation>
    </message>
    <message>
        <source>No Secret Service (org.freedesktop.secrets) and no KWallet is running on the D-Bus session bus. Install and start GNOME Keyring or KWallet to keep tokens between sessions.</source>
        <translation>D-Bus セッション バスで Secret Service (org.freedesktop.secrets) も KWallet も実行されていません。セッション間でトークンを保持するには、GNOME Keyring または KWallet をインストールして起動してください。</translation>
    </message>
    <message>
        <source>No tokens are kept for this profile in this session.</source>
        <translation>このセッションでは、このプロファイルのトークンを保持していません。</translation>
    </message>
    <message>
        <source>The keychain entry for this profile is damaged; sign in again.</source>
        <translation>このプロファイルのキーチェーン項目が破損しています。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This session keeps its sign-in in memory only, so PatchDeck did not touch the keychain.</source>
        <translation>このセッションはサインイン情報をメモリにのみ保持しているため、PatchDeck はキーチェーンに触れていません。</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for its password, or its service may not be running.</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした。ロックされていてパスワード入力を待っているか、サービスが実行されていない可能性があります。</translation>
    </message>
    <message>
        <source>No tokens are stored for this profile.</source>
        <translation>このプロファイルのトークンは保存されていません。</translation>
    </message>
</context>
<context>
    <name>pmp::models</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
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
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>pmp::models::CodeTable</name>
    <message>
        <source>Unrated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>脆弱</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>高度に脆弱</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>インストール待ち</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>アンインストール済み</translation>
    </message>
    <message>
        <source>Yet to uninstall</source>
        <translation>アンインストール待ち</translation>
    </message>
    <message>
        <source>Installation failed</source>
        <translation>インストール失敗</translation>
    </message>
    <message>
        <source>Uninstallation failed</source>
        <translation>アンインストール失敗</translation>
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
        <translation>管理対象</translation>
    </message>
    <message>
        <source>Not managed</source>
        <translation>管理対象外</translation>
    </message>
    <message>
        <source>Managed by SDP</source>
        <translation>SDP で管理</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>Yet to download</source>
        <translation>ダウンロード待ち</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>未サポート</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>サポート対象</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation>セルフサービス ポータル</translation>
    </message>
    <message>
        <source>Deploy and self-service portal</source>
        <translation>展開とセルフサービス ポータル</translation>
    </message>
</context>
<context>
    <name>pmp::models::Columns</name>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Remote office</source>
        <translation>リモート オフィス</translation>
    </message>
    <message>
        <source>Live status</source>
        <translation>稼働状態</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終接続</translation>
    </message>
    <message>
        <source>Logged-on users</source>
        <translation>ログオン中のユーザー</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Service pack</source>
        <translation>サービス パック</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS バージョン</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>管理対象</translation>
    </message>
    <message>
        <source>Agent installed</source>
        <translation>エージェント インストール済み</translation>
    </message>
    <message>
        <source>Last boot</source>
        <translation>最終起動</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>リソース ID</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Distribution server</source>
        <translation>配布サーバー</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>Server IP</source>
        <translation>サーバー IP</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>サーバーのバージョン</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Replication policy</source>
        <translation>レプリケーション ポリシー</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>プロキシ サーバー</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Office ID</source>
        <translation>オフィス ID</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Missing OS patches</source>
        <translation>未適用の OS パッチ</translation>
    </message>
    <message>
        <source>Missing third-party</source>
        <translation>未適用のサードパーティ</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>最終スキャン</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>最終パッチ適用</translation>
    </message>
    <message>
        <source>Reboot required</source>
        <translation>再起動が必要</translation>
    </message>
    <message>
        <source>Installed OS patches</source>
        <translation>インストール済みの OS パッチ</translation>
    </message>
    <message>
        <source>Installed third-party</source>
        <translation>インストール済みのサードパーティ</translation>
    </message>
    <message>
        <source>Last successful scan</source>
        <translation>最終スキャン成功</translation>
    </message>
    <message>
        <source>Scan remarks</source>
        <translation>スキャンの備考</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Missing on</source>
        <translation>未適用のコンピューター</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>インストール済みのコンピューター</translation>
    </message>
    <message>
        <source>Failed on</source>
        <translation>失敗したコンピューター</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>リリース日</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>アンインストール</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>置き換え先</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Supported since</source>
        <translation>サポート開始</translation>
    </message>
    <message>
        <source>Patch ID</source>
        <translation>パッチ ID</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>ダウンロード状態</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラー コード</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>更新者</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Template ID</source>
        <translation>テンプレート ID</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>適用待ち</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Configuration ID</source>
        <translation>構成 ID</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
</context>
<context>
    <name>pmp::models::Nouns</name>
    <message>
        <source>computers</source>
        <translation>コンピューター</translation>
    </message>
    <message numerus="yes">
        <source>%Ln computer(s)</source>
        <translation>
            <numerusform>%Ln 台のコンピューター</numerusform>
        </translation>
    </message>
    <message>
        <source>remote offices</source>
        <translation>リモート オフィス</translation>
    </message>
    <message numerus="yes">
        <source>%Ln remote office(s)</source>
        <translation>
            <numerusform>%Ln 個のリモート オフィス</numerusform>
        </translation>
    </message>
    <message>
        <source>systems</source>
        <translation>システム</translation>
    </message>
    <message numerus="yes">
        <source>%Ln system(s)</source>
        <translation>
            <numerusform>%Ln 台のシステム</numerusform>
        </translation>
    </message>
    <message>
        <source>patches</source>
        <translation>パッチ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch(es)</source>
        <translation>
            <numerusform>%Ln 個のパッチ</numerusform>
        </translation>
    </message>
    <message>
        <source>patch statuses</source>
        <translation>パッチの状態</translation>
    </message>
    <message numerus="yes">
        <source>%Ln patch status(es)</source>
        <translation>
            <numerusform>%Ln 件のパッチの状態</numerusform>
        </translation>
    </message>
    <message>
        <source>policies</source>
        <translation>ポリシー</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(-ies)</source>
        <translation>
            <numerusform>%Ln 個のポリシー</numerusform>
        </translation>
    </message>
    <message>
        <source>configurations</source>
        <translation>構成</translation>
    </message>
    <message numerus="yes">
        <source>%Ln configuration(s)</source>
        <translation>
            <numerusform>%Ln 個の構成</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::models::RecordTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (コード %2)</translation>
    </message>
    <message>
        <source>%1
Server value: %2</source>
        <translation>%1
サーバーの値: %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Server field: %1</source>
        <translation>サーバーのフィールド: %1</translation>
    </message>
    <message>
        <source>Changed since %1
Before: %2
Now: %3</source>
        <translation>%1 以降に変更
変更前: %2
現在: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>pmp::models::Views</name>
    <message>
        <source>Fleet</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Systems and health</source>
        <translation>システムと正常性</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>リモート オフィス</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>システムの正常性</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>スキャン状態</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>未適用のパッチ</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>インストール済みのパッチ</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>適用可能なパッチ</translation>
    </message>
    <message>
        <source>Supported patches</source>
        <translation>サポート対象のパッチ</translation>
    </message>
    <message>
        <source>Downloaded patches</source>
        <translation>ダウンロード済みのパッチ</translation>
    </message>
    <message>
        <source>Patch status by computer</source>
        <translation>コンピューター別のパッチの状態</translation>
    </message>
    <message>
        <source>Deployment policies</source>
        <translation>展開ポリシー</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>System report</source>
        <translation>システム レポート</translation>
    </message>
    <message>
        <source>Patches by CVE</source>
        <translation>CVE 別のパッチ</translation>
    </message>
    <message>
        <source>Failures and reboots</source>
        <translation>失敗と再起動</translation>
    </message>
</context>
<context>
    <name>pmp::store::ActionJournal</name>
    <message>
        <source>PatchDeck stopped before the server's answer arrived. Check on the server whether this action took effect.</source>
        <translation>サーバーの応答が届く前に PatchDeck が停止しました。この操作が反映されたかどうかをサーバーで確認してください。</translation>
    </message>
</context>
<context>
    <name>pmp::store::ApdTask</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>pmp::store::Database</name>
    <message>
        <source>PatchDeck could not create its local cache (%1), so nothing is cached this session.</source>
        <translation>PatchDeck はローカル キャッシュを作成できなかったため (%1)、このセッションでは何もキャッシュしません。</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>%1 のローカル キャッシュを作成できませんでした。PatchDeck はこのセッションのデータをメモリにのみ保持します。</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be opened. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>%1 のローカル キャッシュを開けませんでした。PatchDeck はこのセッションのデータをメモリにのみ保持し、ファイルには手を加えません。</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and could not be moved aside. PatchDeck keeps this session's data in memory only and leaves the file untouched.</source>
        <translation>%1 のローカル キャッシュを読み取れず、退避もできませんでした。PatchDeck はこのセッションのデータをメモリにのみ保持し、ファイルには手を加えません。</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2, but a new cache could not be created. PatchDeck keeps this session's data in memory only.</source>
        <translation>%1 のローカル キャッシュを読み取れなかったため %2 に退避しましたが、新しいキャッシュを作成できませんでした。PatchDeck はこのセッションのデータをメモリにのみ保持します。</translation>
    </message>
    <message>
        <source>The file at %1 is not a PatchDeck cache and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>%1 のファイルは PatchDeck のキャッシュではないため %2 に退避しました。PatchDeck は空のキャッシュで起動します。</translation>
    </message>
    <message>
        <source>The local cache at %1 was written by a newer version of PatchDeck and was moved aside to %2 rather than downgraded; PatchDeck starts with an empty cache.</source>
        <translation>%1 のローカル キャッシュは新しいバージョンの PatchDeck で書き込まれたため、ダウングレードせずに %2 に退避しました。PatchDeck は空のキャッシュで起動します。</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be upgraded to this version of PatchDeck and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>%1 のローカル キャッシュをこのバージョンの PatchDeck 用にアップグレードできなかったため、%2 に退避しました。PatchDeck は空のキャッシュで起動します。</translation>
    </message>
    <message>
        <source>The local cache at %1 could not be read and was moved aside to %2; PatchDeck starts with an empty cache.</source>
        <translation>%1 のローカル キャッシュを読み取れなかったため %2 に退避しました。PatchDeck は空のキャッシュで起動します。</translation>
    </message>
</context>
<context>
    <name>pmp::store::JournalEntry</name>
    <message>
        <source>Waiting for the server</source>
        <translation>サーバー待ち</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
</context>
<context>
    <name>pmp::store::SavedView</name>
    <message>
        <source>This is not a PatchDeck saved view (its "format" is not "%1").</source>
        <translation>これは PatchDeck の保存済みビューではありません ("format" が "%1" ではありません)。</translation>
    </message>
    <message>
        <source>This saved view has version %1; this PatchDeck reads version %2.</source>
        <translation>この保存済みビューはバージョン %1 です。この PatchDeck が読めるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>The saved view has no name.</source>
        <translation>保存済みビューに名前がありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" names no view.</source>
        <translation>保存済みビュー "%1" にはビューの指定がありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" is of the view "%2", which this PatchDeck does not have.</source>
        <translation>保存済みビュー "%1" はビュー "%2" のものですが、この PatchDeck にはそのビューがありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" has filters that are not an object.</source>
        <translation>保存済みビュー "%1" のフィルターがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" has a filter "%2" whose value is not text.</source>
        <translation>保存済みビュー "%1" のフィルター "%2" の値がテキストではありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" has a search that is not text.</source>
        <translation>保存済みビュー "%1" の検索がテキストではありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort column that is not a column number.</source>
        <translation>保存済みビュー "%1" の並べ替え列が列番号ではありません。</translation>
    </message>
    <message>
        <source>The saved view "%1" has a sort order "%2"; it must be ascending or descending.</source>
        <translation>保存済みビュー "%1" の並べ替え順が "%2" です。ascending か descending である必要があります。</translation>
    </message>
    <message>
        <source>The saved view "%1" has a column layout that is not text.</source>
        <translation>保存済みビュー "%1" の列レイアウトがテキストではありません。</translation>
    </message>
    <message>
        <source>This is not a PatchDeck saved view: it is not a JSON object (%1).</source>
        <translation>これは PatchDeck の保存済みビューではありません。JSON オブジェクトではありません (%1)。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>pmp::store::SummaryMetric</name>
    <message>
        <source>Missing critical patches</source>
        <translation>未適用の緊急パッチ</translation>
    </message>
    <message>
        <source>Missing important patches</source>
        <translation>未適用の重要パッチ</translation>
    </message>
    <message>
        <source>Missing moderate patches</source>
        <translation>未適用の中程度のパッチ</translation>
    </message>
    <message>
        <source>Missing low patches</source>
        <translation>未適用の低パッチ</translation>
    </message>
    <message>
        <source>Missing unrated patches</source>
        <translation>未適用の未評価パッチ</translation>
    </message>
    <message>
        <source>Missing patches (all severities)</source>
        <translation>未適用のパッチ (すべての重要度)</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>未適用のパッチ</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>インストール済みのパッチ</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>適用可能なパッチ</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>高度に脆弱なシステム</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>脆弱なシステム</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>正常なシステム</translation>
    </message>
    <message>
        <source>Systems with unknown health</source>
        <translation>正常性が不明なシステム</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Unscanned systems</source>
        <translation>未スキャンのシステム</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>失敗したスキャン</translation>
    </message>
    <message>
        <source>Agents live</source>
        <translation>稼働中のエージェント</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>停止中のエージェント</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Agents installed</source>
        <translation>インストール済みのエージェント</translation>
    </message>
    <message>
        <source>No contact for over 30 days</source>
        <translation>30 日以上接続なし</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>展開に失敗したシステム</translation>
    </message>
</context>
<context>
    <name>pmp::store::Workspace</name>
    <message>
        <source>Another PatchDeck (process %1) has this profile open. This window works too, but writes still in progress there are left alone here: check the action journal in the other window.</source>
        <translation>別の PatchDeck (プロセス %1) がこのプロファイルを開いています。このウィンドウも使えますが、そちらで実行中の書き込みはここでは扱いません: もう一方のウィンドウで操作履歴を確認してください。</translation>
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
        <translation>既存のタスクを追加</translation>
    </message>
    <message>
        <source>The task's name, exactly as the web console shows it:</source>
        <translation>Web コンソールの表示どおりのタスク名:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>select patches first</source>
        <translation>先にパッチを選択してください</translation>
    </message>
    <message>
        <source>select computers first</source>
        <translation>先にコンピューターを選択してください</translation>
    </message>
    <message>
        <source>Install selected patches…</source>
        <translation>選択したパッチをインストール…</translation>
    </message>
    <message>
        <source>Install the selected patch on the selected computers…</source>
        <translation>選択したパッチを選択したコンピューターにインストール…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es) on the selected computers…</source>
        <translation>
            <numerusform>選択した %n 個のパッチを選択したコンピューターにインストール…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the selected patch…</source>
        <translation>選択したパッチをインストール…</translation>
    </message>
    <message numerus="yes">
        <source>Install the %n selected patch(es)…</source>
        <translation>
            <numerusform>選択した %n 個のパッチをインストール…</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve patches</source>
        <translation>パッチの承認</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n patch(es)</source>
        <translation>
            <numerusform>%n 個のパッチを承認</numerusform>
        </translation>
    </message>
    <message>
        <source>Unapprove patches</source>
        <translation>パッチの承認取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Unapprove %n patch(es)</source>
        <translation>
            <numerusform>%n 個のパッチの承認を取り消し</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline patches…</source>
        <translation>パッチを拒否…</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n patch(es)…</source>
        <translation>
            <numerusform>%n 個のパッチを拒否…</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall patches from all computers…</source>
        <translation>すべてのコンピューターからパッチをアンインストール…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall %n patch(es) from all computers…</source>
        <translation>
            <numerusform>すべてのコンピューターから %n 個のパッチをアンインストール…</numerusform>
        </translation>
    </message>
    <message>
        <source>Install missing patches on computers…</source>
        <translation>コンピューターに未適用のパッチをインストール…</translation>
    </message>
    <message numerus="yes">
        <source>Install missing patches on %n computer(s)…</source>
        <translation>
            <numerusform>%n 台のコンピューターに未適用のパッチをインストール…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan computers for missing patches</source>
        <translation>コンピューターで未適用のパッチをスキャン</translation>
    </message>
    <message numerus="yes">
        <source>Scan %n computer(s) for missing patches</source>
        <translation>
            <numerusform>%n 台のコンピューターで未適用のパッチをスキャン</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the agent</source>
        <translation>エージェントをインストール</translation>
    </message>
    <message numerus="yes">
        <source>Install the agent on %n computer(s)</source>
        <translation>
            <numerusform>%n 台のコンピューターにエージェントをインストール</numerusform>
        </translation>
    </message>
    <message>
        <source>Uninstall the agent…</source>
        <translation>エージェントをアンインストール…</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall the agent from %n computer(s)…</source>
        <translation>
            <numerusform>%n 台のコンピューターからエージェントをアンインストール…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove computers from Patch Manager Plus…</source>
        <translation>Patch Manager Plus からコンピューターを削除…</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n computer(s) from Patch Manager Plus…</source>
        <translation>
            <numerusform>Patch Manager Plus から %n 台のコンピューターを削除…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>操作するにはリストでコンピューターまたはパッチを選択してください</translation>
    </message>
    <message>
        <source>Install patches…</source>
        <translation>パッチをインストール…</translation>
    </message>
    <message>
        <source>Scan all computers…</source>
        <translation>すべてのコンピューターをスキャン…</translation>
    </message>
    <message>
        <source>New automatic deployment task…</source>
        <translation>新しい自動展開タスク…</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>自動展開タスク</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>操作履歴</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ActionFormDialog</name>
    <message>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>Check the fields and show exactly what will be sent before anything is sent.</source>
        <translation>送信前にフィールドを確認し、送信される内容を正確に表示します。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AgentSection</name>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Agent installation</source>
        <translation>エージェントのインストール</translation>
    </message>
    <message>
        <source>Agent live status</source>
        <translation>エージェントの稼働状態</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Last contact with the server</source>
        <translation>サーバーとの最終接続</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Yet to install</source>
        <translation>インストール待ち</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>アンインストール済み</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>インストール失敗</translation>
    </message>
    <message>
        <source>Installation failed: %1</source>
        <translation>インストール失敗: %1</translation>
    </message>
    <message>
        <source>Uninstall failed</source>
        <translation>アンインストール失敗</translation>
    </message>
    <message>
        <source>Uninstallation failed: %1</source>
        <translation>アンインストール失敗: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n 台のコンピューター</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>≤ 3 days</source>
        <translation>≤ 3 日</translation>
    </message>
    <message>
        <source>Contacted the server in the last 3 days: %1</source>
        <translation>過去 3 日以内にサーバーに接続: %1</translation>
    </message>
    <message>
        <source>4–7 days</source>
        <translation>4 ～ 7 日</translation>
    </message>
    <message>
        <source>8–15 days</source>
        <translation>8 ～ 15 日</translation>
    </message>
    <message>
        <source>16–30 days</source>
        <translation>16 ～ 30 日</translation>
    </message>
    <message>
        <source>&gt; 30 days</source>
        <translation>&gt; 30 日</translation>
    </message>
    <message>
        <source>No contact for more than 30 days: %1</source>
        <translation>30 日以上接続なし: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ApdTaskDialog</name>
    <message>
        <source>Patch all applications</source>
        <translation>すべてのアプリケーションにパッチを適用</translation>
    </message>
    <message>
        <source>Patch only these applications</source>
        <translation>これらのアプリケーションにのみパッチを適用</translation>
    </message>
    <message>
        <source>Patch all applications except these</source>
        <translation>これら以外のすべてのアプリケーションにパッチを適用</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Change automatic deployment task “%1”</source>
        <translation>自動展開タスク「%1」の変更</translation>
    </message>
    <message>
        <source>New automatic deployment task</source>
        <translation>新しい自動展開タスク</translation>
    </message>
    <message>
        <source>PatchDeck does not know this task's settings (the API cannot read them). Change only what you want to change: only the settings you edit are sent.</source>
        <translation>PatchDeck はこのタスクの設定を把握していません (API では読み取れません)。変更したい項目だけを変更してください: 編集した設定のみが送信されます。</translation>
    </message>
    <message>
        <source>Only the settings you change are sent; the rest stay as they are on the server.</source>
        <translation>変更した設定のみが送信されます。その他はサーバー上でそのまま維持されます。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>アプリケーション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Windows security – pilot ring</source>
        <translation>例: Windows セキュリティ – パイロット グループ</translation>
    </message>
    <message>
        <source>Task &amp;name:</source>
        <translation>タスク名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>展開ポリシー(&amp;P):</translation>
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
        <translation>プラットフォーム(&amp;L):</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>リモート オフィス</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>カスタム グループ</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Target &amp;type:</source>
        <translation>対象の種類(&amp;T):</translation>
    </message>
    <message>
        <source>Other targets by name, comma-separated</source>
        <translation>その他の対象 (名前、コンマ区切り)</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>対象(&amp;R):</translation>
    </message>
    <message>
        <source>Which updates the task deploys. Types that do not exist on the chosen platform are unavailable.</source>
        <translation>タスクが展開する更新。選択したプラットフォームに存在しない種類は選択できません。</translation>
    </message>
    <message>
        <source>&amp;OS applications:</source>
        <translation>OS アプリケーション(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. Windows Defender x64 (comma-separated)</source>
        <translation>例: Windows Defender x64 (コンマ区切り)</translation>
    </message>
    <message>
        <source>Third-&amp;party applications:</source>
        <translation>サードパーティ アプリケーション(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. Notepad++, 7-Zip (comma-separated)</source>
        <translation>例: Notepad++, 7-Zip (コンマ区切り)</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>遅延なし</translation>
    </message>
    <message>
        <source>Delay after the patch is approved</source>
        <translation>パッチの承認後に遅延</translation>
    </message>
    <message>
        <source>Delay after the patch is released</source>
        <translation>パッチのリリース後に遅延</translation>
    </message>
    <message>
        <source>The guide does not say whether the server counts hours or days.</source>
        <translation>サーバーが時間と日数のどちらで数えるかはガイドに記載されていません。</translation>
    </message>
    <message>
        <source>De&amp;lay:</source>
        <translation>遅延(&amp;L):</translation>
    </message>
    <message>
        <source>Task expires on</source>
        <translation>タスクの有効期限</translation>
    </message>
    <message>
        <source>E&amp;xpiry:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Force deployment on computers still unpatched after a number of days</source>
        <translation>一定日数を過ぎても未適用のコンピューターに展開を強制</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>日数:</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>再起動を強制しない</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>展開時間枠内で再起動を強制</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>展開時間枠外で再起動を強制</translation>
    </message>
    <message>
        <source>Reboot:</source>
        <translation>再起動:</translation>
    </message>
    <message>
        <source>admin@example.com (several: comma-separated)</source>
        <translation>admin@example.com (複数の場合はコンマ区切り)</translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation>メールの宛先(&amp;E):</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>間隔:</translation>
    </message>
    <message>
        <source>Attach the report</source>
        <translation>レポートを添付</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Failure notifications</source>
        <translation>失敗の通知</translation>
    </message>
    <message>
        <source>E-mail when deployments fail</source>
        <translation>展開が失敗したときにメールを送信</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>展開レポート</translation>
    </message>
    <message>
        <source>E-mail a report of what was deployed</source>
        <translation>展開した内容のレポートをメールで送信</translation>
    </message>
    <message>
        <source>Loading the server's names…</source>
        <translation>サーバーの名前を読み込んでいます…</translation>
    </message>
    <message>
        <source>The server lists none; type names below.</source>
        <translation>サーバーに一覧がありません。下に名前を入力してください。</translation>
    </message>
    <message>
        <source>Task settings</source>
        <translation>タスクの設定</translation>
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
        <translation>自動パッチ展開タスクはスケジュールに従ってパッチを展開します。API ではタスクを一覧表示できないため、このページにはこのプロファイルで作成または変更したタスクを最後に確認した状態とともに表示します。Web コンソールで作成したタスクは名前で追加するとここで管理できます。</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>新しいタスク…</translation>
    </message>
    <message>
        <source>Create a task (createAPDTask).</source>
        <translation>タスクを作成します (createAPDTask)。</translation>
    </message>
    <message>
        <source>Add existing task…</source>
        <translation>既存のタスクを追加…</translation>
    </message>
    <message>
        <source>Add a task that exists on the server by its exact name.</source>
        <translation>サーバー上の既存のタスクを正確な名前で追加します。</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Change the task's settings (modifyAPDTask).</source>
        <translation>タスクの設定を変更します (modifyAPDTask)。</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop the task from running until resumed.</source>
        <translation>再開するまでタスクの実行を停止します。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Let a suspended task run again.</source>
        <translation>一時停止中のタスクを再び実行できるようにします。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the task on the server.</source>
        <translation>サーバー上のタスクを削除します。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>登録解除</translation>
    </message>
    <message>
        <source>Remove the task from this list only; nothing is sent to the server.</source>
        <translation>このリストからのみタスクを外します。サーバーには何も送信しません。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Deployment policy</source>
        <translation>展開ポリシー</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <source>No tasks yet. Create one, or add a task that exists on the server by its name.</source>
        <translation>タスクはまだありません。タスクを作成するか、サーバー上の既存のタスクを名前で追加してください。</translation>
    </message>
    <message>
        <source>Forget task</source>
        <translation>タスクの登録解除</translation>
    </message>
    <message>
        <source>Remove “%1” from this list? The task stays on the server as it is.</source>
        <translation>このリストから「%1」を外しますか? タスクはサーバー上にそのまま残ります。</translation>
    </message>
    <message>
        <source>PatchDeck has not seen this task's state: it was added by name, or the answer to the last change was lost.</source>
        <translation>PatchDeck はこのタスクの状態を確認していません: 名前で追加されたか、前回の変更に対する応答が失われました。</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>自動展開タスク</translation>
    </message>
</context>
<context>
    <name>pmp::ui::AutoRefresh</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>%1 分ごと</translation>
    </message>
</context>
<context>
    <name>pmp::ui::BrowserSignInPage</name>
    <message>
        <source>Sign in on Zoho's page in your browser, with a client registered once in the API console. PatchDeck stays signed in for weeks and asks for write permission only when you first need it.</source>
        <translation>API コンソールで一度登録したクライアントを使い、ブラウザーの Zoho のページでサインインします。PatchDeck は数週間サインインしたままで、書き込み権限は最初に必要になったときにだけ求めます。</translation>
    </message>
    <message>
        <source>Use a fixed &amp;port:</source>
        <translation>固定ポートを使用(&amp;P):</translation>
    </message>
    <message>
        <source>Zoho compares the redirect URI exactly, so the port registered in the API console must be the one PatchDeck listens on.</source>
        <translation>Zoho はリダイレクト URI を完全一致で比較するため、API コンソールに登録するポートは PatchDeck が待ち受けるポートと同じである必要があります。</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>リダイレクト ポート</translation>
    </message>
    <message>
        <source>Redirect:</source>
        <translation>リダイレクト:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Copy the redirect URI to register</source>
        <translation>登録するリダイレクト URI をコピー</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>リダイレクト URI:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:&lt;any free port&gt;/callback</source>
        <translation>http://127.0.0.1:&lt;任意の空きポート&gt;/callback</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChangesBar</name>
    <message>
        <source>Rows that were not in the previous fetch, shaded like this in the table</source>
        <translation>前回の取得になかった行 (表ではこの色で表示)</translation>
    </message>
    <message>
        <source>Rows with cells that changed, shaded like this in the table; a changed cell's tooltip shows what it was</source>
        <translation>セルが変更された行 (表ではこの色で表示)。変更されたセルのツールチップに以前の値が表示されます</translation>
    </message>
    <message>
        <source>List the rows that are gone since the previous fetch</source>
        <translation>前回の取得以降になくなった行を一覧表示</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>変更のみ</translation>
    </message>
    <message>
        <source>Show only the new and changed rows</source>
        <translation>新規と変更された行のみ表示</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>%1 以降の変更:</translation>
    </message>
    <message>
        <source>No changes since %1</source>
        <translation>%1 以降の変更はありません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>新規 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>変更 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed…</source>
        <translation>
            <numerusform>削除 %Ln…</numerusform>
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
        <translation>グラフの凡例</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 selected. %2</source>
        <translation>%1 を選択中。%2</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ChartText</name>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (was %3)</source>
        <translation>%1 %2 (以前は %3)</translation>
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
        <translation>フィルター…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n 件選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>リストをフィルター</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>「%1」のリストをフィルター</translation>
    </message>
</context>
<context>
    <name>pmp::ui::CloudSignInFields</name>
    <message>
        <source>Custom server (simulator, test tenant, proxy)</source>
        <translation>カスタム サーバー (シミュレーター、テスト テナント、プロキシ)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Where your Patch Manager Plus Cloud account lives: the address you use it at ends in this domain.</source>
        <translation>Patch Manager Plus Cloud アカウントの所在地: 利用しているアドレスの末尾がこのドメインになります。</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>データ センター(&amp;D):</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバー URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Accounts URL:</source>
        <translation>アカウント URL(&amp;A):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>From the API console's Client Secret tab</source>
        <translation>API コンソールの Client Secret タブから</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアント シークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Use simulator client</source>
        <translation>シミュレーターのクライアントを使用</translation>
    </message>
    <message>
        <source>Enter the server and accounts URLs (https; plain http only for 127.0.0.1).</source>
        <translation>サーバー URL とアカウント URL を入力してください (https。http は 127.0.0.1 の場合のみ)。</translation>
    </message>
    <message>
        <source>Enter the client id from the API console.</source>
        <translation>API コンソールのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the client secret from the API console.</source>
        <translation>API コンソールのクライアント シークレットを入力してください。</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>カスタム サーバー</translation>
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
        <translation>パッチを表示するにはコンピューターを選択してください</translation>
    </message>
    <message>
        <source>%1 — patches</source>
        <translation>%1 — パッチ</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>コンピューター %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Health details unavailable: %1</source>
        <translation>正常性の詳細を取得できません: %1</translation>
    </message>
    <message>
        <source>No patch scan data for this computer yet.</source>
        <translation>このコンピューターのパッチ スキャン データはまだありません。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未報告</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>missing: %1 critical, %2 important, %3 moderate, %4 low</source>
        <translation>未適用: 緊急 %1、重要 %2、中 %3、低 %4</translation>
    </message>
    <message>
        <source>reboot required: %1</source>
        <translation>再起動が必要: %1</translation>
    </message>
    <message>
        <source>last scan: %1 (%2)</source>
        <translation>最終スキャン: %1 (%2)</translation>
    </message>
    <message>
        <source>agent %1, last contact %2</source>
        <translation>エージェント %1、最終接続 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>logged on: %1</source>
        <translation>ログオン中: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfigurationDetailPane</name>
    <message>
        <source>Select a configuration to see its targets</source>
        <translation>対象を表示するには構成を選択してください</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Yet to apply</source>
        <translation>適用待ち</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n target(s)</source>
        <translation>
            <numerusform>%1 — %2、対象 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets by status</source>
        <translation>状態別の対象</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ConfirmActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <source>Targets: every managed computer</source>
        <translation>対象: すべての管理対象コンピューター</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>対象 (%1):</translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation>正確な要求を表示</translation>
    </message>
    <message>
        <source>Hide the exact request</source>
        <translation>正確な要求を非表示</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>確認のため %1 と入力してください:</translation>
    </message>
    <message>
        <source>Show in journal</source>
        <translation>履歴に表示</translation>
    </message>
    <message>
        <source>Type %1 above to enable this button.</source>
        <translation>このボタンを有効にするには上に %1 と入力してください。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>A request on its way cannot be called back.</source>
        <translation>送信中の要求は取り消せません。</translation>
    </message>
    <message>
        <source>PatchDeck needs permission to make changes (%1). Approve it in the browser window that opened; nothing is sent until you do.</source>
        <translation>PatchDeck には変更の権限 (%1) が必要です。開いたブラウザー ウィンドウで承認してください。承認するまで何も送信されません。</translation>
    </message>
    <message>
        <source>Sending to the server…</source>
        <translation>サーバーに送信中…</translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation>要求の正確な内容</translation>
    </message>
    <message>
        <source>Confirm: %1 — %2</source>
        <translation>確認: %1 — %2</translation>
    </message>
    <message>
        <source>Acts on tenant:</source>
        <translation>対象テナント:</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardCard</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 (表形式)</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>表で表示</translation>
    </message>
    <message>
        <source>Show the chart's numbers as a table</source>
        <translation>グラフの数値を表形式で表示</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 を表形式で表示</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardLoader</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>サーバーに接続していません。</translation>
    </message>
    <message>
        <source>The server listed systems with failed deployments without saying how many there are.</source>
        <translation>サーバーは展開に失敗したシステムを返しましたが、その件数を示しませんでした。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardParts</name>
    <message>
        <source>yesterday %1</source>
        <translation>昨日 %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>明日 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>Could not load the patch summary: %1</source>
        <translation>パッチの概要を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not load the agent summary: %1</source>
        <translation>エージェントの概要を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not load the patch database status: %1</source>
        <translation>パッチ データベースの状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not load the approval settings: %1</source>
        <translation>承認設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not load the health policy: %1</source>
        <translation>正常性ポリシーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not load the server's settings: %1</source>
        <translation>サーバーの設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not count the systems with failed deployments: %1</source>
        <translation>展開に失敗したシステムを数えられませんでした: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Fetch the summaries again (F5)</source>
        <translation>概要をもう一度取得 (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>As of %1 · refreshing…</source>
        <translation>%1 時点 · 更新中…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
</context>
<context>
    <name>pmp::ui::DeclineDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>Decline patches</source>
        <translation>パッチの拒否</translation>
    </message>
    <message>
        <source>A declined patch is not deployed to the chosen groups (automatic deployment skips it too), and no longer counts as missing there. Give each patch a reason.</source>
        <translation>拒否したパッチは選択したグループに展開されず (自動展開でもスキップされます)、そこでは未適用として数えられなくなります。パッチごとに理由を指定してください。</translation>
    </message>
    <message>
        <source>Remarks for every patch</source>
        <translation>すべてのパッチの備考</translation>
    </message>
    <message>
        <source>Apply to every patch</source>
        <translation>すべてのパッチに適用</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>すべて:</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Why it is declined</source>
        <translation>拒否する理由</translation>
    </message>
    <message>
        <source>Decline for these custom groups</source>
        <translation>これらのカスタム グループで拒否</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>Read the custom groups and their ids from the query reports again.</source>
        <translation>クエリ レポートからカスタム グループとその ID をもう一度読み取ります。</translation>
    </message>
    <message>
        <source>Group ids known from elsewhere, e.g. 501, 502</source>
        <translation>他で確認したグループ ID (例: 501, 502)</translation>
    </message>
    <message>
        <source>Other group ids:</source>
        <translation>その他のグループ ID:</translation>
    </message>
    <message>
        <source>Decline for all computers with the deprecated operation…</source>
        <translation>非推奨の操作ですべてのコンピューターで拒否…</translation>
    </message>
    <message>
        <source>Custom groups are not available.</source>
        <translation>カスタム グループを利用できません。</translation>
    </message>
    <message>
        <source>Reason for every patch</source>
        <translation>すべてのパッチの理由</translation>
    </message>
    <message>
        <source>Patches to decline</source>
        <translation>拒否するパッチ</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>%1 の理由</translation>
    </message>
    <message>
        <source>Remarks for %1</source>
        <translation>%1 の備考</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>カスタム グループ</translation>
    </message>
    <message>
        <source>Other group ids</source>
        <translation>その他のグループ ID</translation>
    </message>
</context>
<context>
    <name>pmp::ui::FilterBar</name>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Server filter %1</source>
        <translation>サーバー フィルター %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Server filter %1 — press Enter to apply</source>
        <translation>サーバー フィルター %1 — Enter キーで適用</translation>
    </message>
    <message>
        <source>More filters (%1)</source>
        <translation>その他のフィルター (%1)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>フィルターを減らす</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1 でフィルター</translation>
    </message>
</context>
<context>
    <name>pmp::ui::InstallPatchesDialog</name>
    <message>
        <source>Install patches</source>
        <translation>パッチのインストール</translation>
    </message>
    <message>
        <source>What to install</source>
        <translation>インストールするもの</translation>
    </message>
    <message>
        <source>All missing patches</source>
        <translation>未適用のパッチすべて</translation>
    </message>
    <message>
        <source>These patches:</source>
        <translation>次のパッチ:</translation>
    </message>
    <message>
        <source>Only patches that are approved</source>
        <translation>承認済みのパッチのみ</translation>
    </message>
    <message>
        <source>Sent as isOnlyApproved; applies only when installing all missing patches.</source>
        <translation>isOnlyApproved として送信されます。未適用のパッチをすべてインストールする場合にのみ適用されます。</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Add patch IDs, e.g. 103980, 103981</source>
        <translation>パッチ ID を追加 (例: 103980, 103981)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Patch id %1</source>
        <translation>パッチ ID %1</translation>
    </message>
    <message>
        <source>Where (one target set)</source>
        <translation>対象 (対象セットは 1 つ)</translation>
    </message>
    <message>
        <source>All computers that need the patches</source>
        <translation>パッチが必要なすべてのコンピューター</translation>
    </message>
    <message>
        <source>Selected computers (none selected)</source>
        <translation>選択したコンピューター (未選択)</translation>
    </message>
    <message>
        <source>The selected computer</source>
        <translation>選択したコンピューター</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected computer(s)</source>
        <translation>
            <numerusform>選択した %n 台のコンピューター</numerusform>
        </translation>
    </message>
    <message>
        <source>Computers by name</source>
        <translation>名前で指定したコンピューター</translation>
    </message>
    <message>
        <source>Custom groups</source>
        <translation>カスタム グループ</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Remote offices</source>
        <translation>リモート オフィス</translation>
    </message>
    <message>
        <source>Every computer the chosen patches apply to. You will be asked to type ALL to confirm.</source>
        <translation>選択したパッチが該当するすべてのコンピューター。確認のため ALL と入力するよう求められます。</translation>
    </message>
    <message>
        <source>win-1422, wind-144d</source>
        <translation>win-1422, wind-144d</translation>
    </message>
    <message>
        <source>Loading the server's custom groups…</source>
        <translation>サーバーのカスタム グループを読み込んでいます…</translation>
    </message>
    <message>
        <source>10.0.0.12, 10.0.0.13</source>
        <translation>10.0.0.12, 10.0.0.13</translation>
    </message>
    <message>
        <source>Loading the server's remote offices…</source>
        <translation>サーバーのリモート オフィスを読み込んでいます…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>PatchDeck install %1</source>
        <translation>PatchDeck インストール %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>任意: 理由、チケット番号など…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Save as draft (nothing is deployed)</source>
        <translation>下書きとして保存 (何も展開しない)</translation>
    </message>
    <message>
        <source>Deploy when each agent next contacts the server</source>
        <translation>各エージェントが次にサーバーに接続したときに展開</translation>
    </message>
    <message>
        <source>Deploy immediately</source>
        <translation>すぐに展開</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>Deploy through the deployment policy</source>
        <translation>展開ポリシーに従って展開</translation>
    </message>
    <message>
        <source>Publish in the Self Service Portal only</source>
        <translation>セルフサービス ポータルでのみ公開</translation>
    </message>
    <message>
        <source>Deploy and publish in the Self Service Portal</source>
        <translation>展開してセルフサービス ポータルでも公開</translation>
    </message>
    <message>
        <source>Deployment &amp;type:</source>
        <translation>展開の種類(&amp;T):</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>展開ポリシー(&amp;P):</translation>
    </message>
    <message>
        <source>As the deployment policy says</source>
        <translation>展開ポリシーの設定どおり</translation>
    </message>
    <message>
        <source>Do not force a reboot</source>
        <translation>再起動を強制しない</translation>
    </message>
    <message>
        <source>Force reboot within the deployment window</source>
        <translation>展開時間枠内で再起動を強制</translation>
    </message>
    <message>
        <source>Force reboot outside the deployment window</source>
        <translation>展開時間枠外で再起動を強制</translation>
    </message>
    <message>
        <source>Force &amp;reboot:</source>
        <translation>再起動の強制(&amp;R):</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Install &amp;after:</source>
        <translation>インストール開始(&amp;A):</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>有効期限(&amp;X):</translation>
    </message>
    <message>
        <source>Unpatched computers are force-deployed at this time; at most one year ahead.</source>
        <translation>この時刻に未適用のコンピューターへ展開を強制します。最大 1 年先まで。</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>Set retry settings (otherwise the server's default: retries on)</source>
        <translation>再試行を設定 (設定しない場合はサーバーの既定: 再試行あり)</translation>
    </message>
    <message>
        <source>Retry on targets where the deployment failed</source>
        <translation>展開に失敗した対象で再試行</translation>
    </message>
    <message>
        <source>At logon or startup:</source>
        <translation>ログオン時または起動時:</translation>
    </message>
    <message>
        <source>At the 90-minute refresh:</source>
        <translation>90 分ごとの更新時:</translation>
    </message>
    <message>
        <source>The total must equal the retries at logon plus those at refresh.</source>
        <translation>合計は、ログオン時の再試行回数と更新時の再試行回数の和と等しくする必要があります。</translation>
    </message>
    <message>
        <source>Total retries:</source>
        <translation>再試行の合計:</translation>
    </message>
    <message>
        <source>The server lists no custom groups.</source>
        <translation>サーバーにカスタム グループがありません。</translation>
    </message>
    <message>
        <source>The server lists no remote offices.</source>
        <translation>サーバーにリモート オフィスがありません。</translation>
    </message>
    <message>
        <source>Patches to install</source>
        <translation>インストールするパッチ</translation>
    </message>
    <message>
        <source>Patch IDs to add</source>
        <translation>追加するパッチ ID</translation>
    </message>
    <message>
        <source>Selected computers</source>
        <translation>選択したコンピューター</translation>
    </message>
    <message>
        <source>Computer names</source>
        <translation>コンピューター名</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalTableModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1, answered %2</source>
        <translation>開始 %1、応答 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Server's answer</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>要求 ID</translation>
    </message>
</context>
<context>
    <name>pmp::ui::JournalView</name>
    <message>
        <source>Every change PatchDeck sent from this profile, or refused to send, with its outcome. Kept on this computer.</source>
        <translation>PatchDeck がこのプロファイルから送信した、または送信を拒否したすべての変更とその結果。このコンピューターに保存されます。</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>期間指定…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Search computers, patches, tasks, answers…</source>
        <translation>コンピューター、パッチ、タスク、応答を検索…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV にエクスポート…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON にエクスポート…</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent and what came back.</source>
        <translation>項目を選択すると、送信した内容と返ってきた内容を正確に表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 件の操作</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <source>Operation: %1 %2</source>
        <translation>操作: %1 %2</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>Targets (%1):</source>
        <translation>対象 (%1):</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>送信内容:</translation>
    </message>
    <message>
        <source>The journal could not be read.</source>
        <translation>履歴を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Export the action journal</source>
        <translation>操作履歴のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>履歴の項目</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>項目の詳細</translation>
    </message>
</context>
<context>
    <name>pmp::ui::KeychainNotice</name>
    <message>
        <source>Keep my sign-in for this session only (sign in again after restarting PatchDeck)</source>
        <translation>このセッションの間だけサインインを保持 (PatchDeck の再起動後に再サインイン)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer.&lt;/b&gt; %1&lt;br&gt;PatchDeck never writes tokens to a file. You can keep this sign-in in memory until PatchDeck closes.</source>
        <translation>&lt;b&gt;このコンピューターでは利用できるキーチェーンがありません。&lt;/b&gt; %1&lt;br&gt;PatchDeck はトークンをファイルに書き込みません。PatchDeck を閉じるまで、このサインインをメモリに保持できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain did not store the sign-in.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;キーチェーンにサインイン情報が保存されませんでした。&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Use this language for this run: en, de, fr, es or ja (View &gt; Language keeps one).</source>
        <translation>今回の実行でこの言語を使用: en、de、fr、es、ja (表示 &gt; 言語 で保存できます)。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language takes effect after PatchDeck is restarted.</source>
        <translation>言語は PatchDeck の再起動後に反映されます。</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>読み込みを中止 (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>The server asks PatchDeck to slow down: requests wait %n s before continuing.</source>
        <translation>
            <numerusform>サーバーから PatchDeck に速度を落とすよう求められています: 要求は %n 秒待ってから続行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Automatic deployment tasks</source>
        <translation>自動展開タスク</translation>
    </message>
    <message>
        <source>Action journal</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>クエリ レポート</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>サーバー設定</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source> (%1 a second)</source>
        <translation> (毎秒 %1)</translation>
    </message>
    <message>
        <source>Loading %1… %2 of %3%4</source>
        <translation>%1 を読み込み中… %3 中 %2%4</translation>
    </message>
    <message>
        <source>Loaded %1 at %2</source>
        <comment>Loaded &lt;250 computers&gt; at &lt;time&gt;</comment>
        <translation>%2 に %1 を読み込みました</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation>ビューのエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>このページにはエクスポートするリストがありません。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>自動更新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>リスト内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>読み込みを中止</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Select computers or patches in a list to act on them</source>
        <translation>操作するにはリストでコンピューターまたはパッチを選択してください</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PatchDeck</source>
        <translation>PatchDeck について(&amp;A)</translation>
    </message>
    <message>
        <source>About PatchDeck</source>
        <translation>PatchDeck について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;A native console for ManageEngine Patch Manager Plus Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PatchDeck %1&lt;/h3&gt;&lt;p&gt;ManageEngine Patch Manager Plus Cloud 用のネイティブ コンソールです。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>%1 — PatchDeck</source>
        <translation>%1 — PatchDeck</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>エクスポートが完了しました</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 を読み込みました</translation>
    </message>
    <message>
        <source>%1 did not load</source>
        <translation>%1 を読み込めませんでした</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>デスクトップ通知(&amp;N)</translation>
    </message>
    <message>
        <source>Tell me when a long load, an export or a write finishes while PatchDeck is in the background</source>
        <translation>PatchDeck がバックグラウンドにあるときに、時間のかかる読み込み、エクスポート、変更が完了したら通知します</translation>
    </message>
    <message>
        <source>PatchDeck &amp;documentation</source>
        <translation>PatchDeck のドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>問題を報告(&amp;R)…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>What happened:

What you expected:

Steps to reproduce:

</source>
        <translation>発生した問題:

期待した動作:

再現手順:

</translation>
    </message>
    <message>
        <source>Create &amp;report…</source>
        <translation>レポートを作成(&amp;R)…</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>レポートを書き出しました</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>ビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import saved view…</source>
        <translation>保存済みビューをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存済みビュー</translation>
    </message>
    <message>
        <source>Saved view of %1</source>
        <translation>%1 の保存済みビュー</translation>
    </message>
    <message>
        <source>Enter a name for the saved view.</source>
        <translation>保存済みビューの名前を入力してください。</translation>
    </message>
    <message>
        <source>A saved view named “%1” already exists; choose another name.</source>
        <translation>「%1」という保存済みビューは既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>There is no profile to keep saved views in.</source>
        <translation>保存済みビューを保持するプロファイルがありません。</translation>
    </message>
    <message>
        <source>Only a list can be saved as a view.</source>
        <translation>ビューとして保存できるのは一覧だけです。</translation>
    </message>
    <message>
        <source>The saved view could not be stored.</source>
        <translation>ビューを保存できませんでした。</translation>
    </message>
    <message>
        <source>There is no profile.</source>
        <translation>プロファイルがありません。</translation>
    </message>
    <message>
        <source>The saved view could not be renamed.</source>
        <translation>保存済みビューの名前を変更できませんでした。</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>「%1」という保存済みビューはありません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved view PatchDeck can use: %2</source>
        <translation>%1 は PatchDeck で使える保存済みビューではありません: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Saved as “%1” under Saved views.</source>
        <translation>「%1」として保存済みビューに保存しました。</translation>
    </message>
    <message>
        <source>Import saved view</source>
        <translation>保存済みビューのインポート</translation>
    </message>
    <message>
        <source>Saved views (*.json)</source>
        <translation>保存済みビュー (*.json)</translation>
    </message>
    <message>
        <source>Imported as “%1” under Saved views.</source>
        <translation>「%1」として保存済みビューにインポートしました。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前の変更…</translation>
    </message>
    <message>
        <source>Rename saved view</source>
        <translation>保存済みビューの名前変更</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export saved view</source>
        <translation>保存済みビューのエクスポート</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>保存済みビューの削除</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The list itself is not affected.</source>
        <translation>保存済みビュー「%1」を削除しますか? 一覧そのものは変わりません。</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>pmp::ui::MessageBanner</name>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NetworkSettingsDialog</name>
    <message>
        <source>Network settings</source>
        <translation>ネットワーク設定</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>システムのプロキシ設定を使用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>プロキシなし(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手動プロキシ(&amp;M):</translation>
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
        <translation>任意。パスワードは必要なときに尋ねます</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <source>Trusted certificate authorities</source>
        <translation>信頼された証明機関</translation>
    </message>
    <message>
        <source>PatchDeck trusts the system's certificate authorities. Add a CA file (PEM or DER) for an on-premises server with its own certificate or a proxy that inspects TLS. Certificate errors are never ignored.</source>
        <translation>PatchDeck はシステムの証明機関を信頼します。独自の証明書を持つオンプレミス サーバーや TLS を検査するプロキシの場合は、CA ファイル (PEM または DER) を追加してください。証明書エラーは決して無視されません。</translation>
    </message>
    <message>
        <source>No additional CA</source>
        <translation>追加の CA なし</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s):</source>
        <translation>
            <numerusform>%n 件の証明書:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy server's host name.</source>
        <translation>プロキシ サーバーのホスト名を入力してください。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::NewWindowMenu</name>
    <message>
        <source>New &amp;window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>Already open: brings its window forward</source>
        <translation>既に開いています: そのウィンドウを前面に表示します</translation>
    </message>
    <message>
        <source>Opens a window on this tenant</source>
        <translation>このテナントのウィンドウを開きます</translation>
    </message>
    <message>
        <source>&amp;Sign in to another tenant…</source>
        <translation>別のテナントにサインイン(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::OnPremisesSignInPage</name>
    <message>
        <source>For a Patch Manager Plus server in your own network: its address and an API token created in its web console.</source>
        <translation>自社ネットワーク内の Patch Manager Plus サーバーの場合: サーバーのアドレスと、その Web コンソールで作成した API トークン。</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>サーバー URL(&amp;S):</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Enter the server URL.</source>
        <translation>サーバー URL を入力してください。</translation>
    </message>
    <message>
        <source>Paste the API token.</source>
        <translation>API トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>On-premises server</source>
        <translation>オンプレミス サーバー</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchDetailPane</name>
    <message>
        <source>Select a patch to see where it is missing or failed</source>
        <translation>未適用または失敗の場所を表示するにはパッチを選択してください</translation>
    </message>
    <message>
        <source>Error code / computer</source>
        <translation>エラー コード / コンピューター</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Failed installations</source>
        <translation>失敗したインストール</translation>
    </message>
    <message>
        <source>%1 — computers missing it, and failures</source>
        <translation>%1 — 未適用のコンピューターと失敗</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>パッチ %1</translation>
    </message>
    <message>
        <source>Failed installations: loading…</source>
        <translation>失敗したインストール: 読み込み中…</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>エラー コードなし</translation>
    </message>
    <message>
        <source>Failed installations: could not load all (%1)</source>
        <translation>失敗したインストール: 一部を読み込めませんでした (%1)</translation>
    </message>
    <message>
        <source>Failed installations: none</source>
        <translation>失敗したインストール: なし</translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n computer(s), by error code</source>
        <translation>
            <numerusform>%n 台のコンピューターで失敗 (エラー コード別)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed installations by error code</source>
        <translation>エラー コード別の失敗したインストール</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PatchOverviewSection</name>
    <message>
        <source>Patches and systems</source>
        <translation>パッチとシステム</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>未適用のパッチ</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>未適用の緊急パッチ</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>高度に脆弱なシステム</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>インストール済みのパッチ</translation>
    </message>
    <message>
        <source>Applicable patches</source>
        <translation>適用可能なパッチ</translation>
    </message>
    <message>
        <source>New patches</source>
        <translation>新しいパッチ</translation>
    </message>
    <message>
        <source>Missing patches by severity</source>
        <translation>重要度別の未適用パッチ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>System health</source>
        <translation>システムの正常性</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Patch scan</source>
        <translation>パッチ スキャン</translation>
    </message>
    <message>
        <source>of %1 applicable</source>
        <translation>適用可能 %1 件中</translation>
    </message>
    <message>
        <source>%1 important</source>
        <translation>重要 %1 件</translation>
    </message>
    <message>
        <source>of %1 systems</source>
        <translation>%1 台のシステム中</translation>
    </message>
    <message>
        <source>on managed systems</source>
        <translation>管理対象システム上</translation>
    </message>
    <message>
        <source>installed or missing</source>
        <translation>インストール済みまたは未適用</translation>
    </message>
    <message>
        <source>recently released</source>
        <translation>最近リリース</translation>
    </message>
    <message>
        <source>%1 % healthy</source>
        <translation>%1 % 正常</translation>
    </message>
    <message>
        <source>Per the server's health policy, a system is highly vulnerable from %1 critical, %2 important, %3 moderate or %4 low missing patches, and vulnerable from %5 critical, %6 important, %7 moderate or %8 low.</source>
        <translation>サーバーの正常性ポリシーでは、未適用のパッチが緊急 %1 件、重要 %2 件、中 %3 件、または低 %4 件以上で「高度に脆弱」、緊急 %5 件、重要 %6 件、中 %7 件、または低 %8 件以上で「脆弱」となります。</translation>
    </message>
    <message>
        <source>No snapshot from 30 days ago yet: the change appears once this computer has history that old.</source>
        <translation>30 日前のスナップショットがまだありません: このコンピューターにその期間の履歴がたまると変化が表示されます。</translation>
    </message>
    <message>
        <source>%1 on %2, %3 now</source>
        <translation>%2 の %1、現在 %3</translation>
    </message>
</context>
<context>
    <name>pmp::ui::PolicyPicker</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>ポリシーを読み込み中…</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Could not load every policy: %1</source>
        <translation>一部のポリシーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (not in the server's list)</source>
        <translation>%1 (サーバーの一覧にありません)</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>On-premises server %1</source>
        <translation>オンプレミス サーバー %1</translation>
    </message>
    <message>
        <source>Cloud, %1</source>
        <translation>クラウド、%1</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>プロファイルの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>再サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>プロファイルの削除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation>ネットワーク設定(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RecordListView</name>
    <message>
        <source>Search the loaded rows… (Ctrl+F)</source>
        <translation>読み込んだ行を検索… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV にエクスポート…</translation>
    </message>
    <message>
        <source>Save the rows and columns shown, as CSV</source>
        <translation>表示中の行と列を CSV として保存</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Showing data from %1 — refreshing…</source>
        <translation>%1 のデータを表示中 — 更新中…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>列をリセット</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV ファイル (*.csv);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>5 of &lt;250 computers&gt;</comment>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <source>%1 of %2 loaded…</source>
        <comment>5 of &lt;250 computers&gt; loaded</comment>
        <translation>%2 中 %1 を読み込みました…</translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <comment>&lt;250 computers&gt; loaded</comment>
        <translation>%1 を読み込みました…</translation>
    </message>
    <message>
        <source>%1 · refreshing: %2</source>
        <translation>%1 · 更新中: %2</translation>
    </message>
    <message>
        <source>%1 matching · %2</source>
        <translation>%1 件一致 · %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>The list changed on the server while loading (%1 → %2 %3); refresh for an exact snapshot.</source>
        <translation>読み込み中にサーバー上のリストが変わりました (%1 → %2 %3)。正確なスナップショットを得るには最新の情報に更新してください。</translation>
    </message>
    <message>
        <source>Loading cancelled: partial list</source>
        <translation>読み込みを中止しました: 一部のみのリスト</translation>
    </message>
    <message>
        <source>Refresh failed — showing data from %1</source>
        <translation>更新に失敗しました — %1 のデータを表示中</translation>
    </message>
    <message>
        <source>Partial list</source>
        <translation>一部のみのリスト</translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 could be loaded. %4</source>
        <translation>%2 %3 のうち %1 のみ読み込めました。%4</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln row(s) to %1…</source>
        <translation>
            <numerusform>%Ln 行を %1 にエクスポートしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 を検索</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>ビューを保存…</translation>
    </message>
    <message>
        <source>Keep these filters, search, sort and columns under a name (Ctrl+Shift+S)</source>
        <translation>このフィルター、検索、並べ替え、列を名前を付けて保存します (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Saved view %1 filters on “%2”, which this list does not offer; the filter was kept, so the list may be empty or fail to load.</source>
        <translation>保存済みビュー %1 は「%2」で絞り込んでいますが、この一覧にはそのフィルターがありません。フィルターは残したため、一覧が空になるか読み込めない場合があります。</translation>
    </message>
    <message>
        <source>Saved view %1 filters on %2 “%3”, which the server no longer has; the filter was kept, so the list may be empty.</source>
        <translation>保存済みビュー %1 は %2「%3」で絞り込んでいますが、サーバーにはもうありません。フィルターは残したため、一覧が空になる場合があります。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::RemovedRowsDialog</name>
    <message>
        <source>Removed from %1</source>
        <translation>%1 から削除</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>最初の %Ln 件を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>削除された%1</translation>
    </message>
    <message>
        <source>Gone since the list fetched at %1: %2. The rows show the values they had then.</source>
        <translation>%1 に取得した一覧以降になくなったもの: %2。行には当時の値が表示されます。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportCollector</name>
    <message>
        <source>Reading the summaries</source>
        <translation>概要を読み込んでいます</translation>
    </message>
    <message>
        <source>Missing patches: %1</source>
        <translation>未適用のパッチ: %1</translation>
    </message>
    <message>
        <source>Computers: %1</source>
        <translation>コンピューター: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDialog</name>
    <message>
        <source>Create report</source>
        <translation>レポートを作成</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>下の日付</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>開始 – 終了:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>PDF ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Also write an &amp;HTML file beside it</source>
        <translation>同じ場所に HTML ファイルも書き出す(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a PDF file and a period whose start is not after its end.</source>
        <translation>PDF ファイルと、開始日が終了日より後でない期間を選んでください。</translation>
    </message>
    <message>
        <source>Reading the tenant's state…</source>
        <translation>テナントの状態を読み込んでいます…</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>レポートを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation>レポートは書き出されませんでした: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>キャンセルしました: レポートは書き込まれていません。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportDocument</name>
    <message>
        <source>missing</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Patch compliance report</source>
        <translation>パッチ コンプライアンス レポート</translation>
    </message>
    <message>
        <source>%1, period %2 to %3</source>
        <translation>%1、期間 %2 ～ %3</translation>
    </message>
    <message>
        <source>Generated %1 by PatchDeck</source>
        <translation>%1 に PatchDeck で作成</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Healthy systems</source>
        <translation>正常なシステム</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>高度に脆弱なシステム</translation>
    </message>
    <message>
        <source>Missing patches</source>
        <translation>未適用のパッチ</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>未適用の緊急パッチ</translation>
    </message>
    <message>
        <source>Installed patches</source>
        <translation>インストール済みのパッチ</translation>
    </message>
    <message>
        <source>Missing patches by severity and system health</source>
        <translation>重大度別の未適用パッチとシステムの正常性</translation>
    </message>
    <message>
        <source>Trend over 30 days</source>
        <translation>30 日間の推移</translation>
    </message>
    <message>
        <source>Trend over 90 days</source>
        <translation>90 日間の推移</translation>
    </message>
    <message>
        <source>Top missing patches by affected computers</source>
        <translation>影響を受けるコンピューター数の多い未適用パッチ</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Computers longest unpatched</source>
        <translation>最も長くパッチが適用されていないコンピューター</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Last patched</source>
        <translation>最終パッチ適用</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>最終スキャン</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Deployments and other changes in the period</source>
        <translation>期間中の展開とその他の変更</translation>
    </message>
    <message>
        <source>No changes were made from PatchDeck in the period.</source>
        <translation>この期間に PatchDeck から行われた変更はありません。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>No trend yet: fewer than two snapshots were recorded in these %n days. PatchDeck records the dashboard's numbers on this computer at each refresh; the server keeps no history.</source>
        <translation>
            <numerusform>まだ推移はありません: この %n 日間に記録されたスナップショットが 2 件未満です。PatchDeck は更新のたびにダッシュボードの数値をこのコンピューターに記録します。サーバーは履歴を保持しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::ReportsView</name>
    <message>
        <source>Choose a report on the left to load its rows.</source>
        <translation>行を読み込むには左側でレポートを選択してください。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>The report list could not be loaded: %1</source>
        <translation>レポートの一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Report "%1" could not be loaded: %2</source>
        <translation>レポート「%1」を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Query reports</source>
        <translation>クエリ レポート</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SegmentTable</name>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
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
        <translation>Self Client の場合: API コンソールで 1 回限りのコードを生成し、ここに貼り付けます。ブラウザーのリダイレクトは使いません。</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Copy the scopes to paste in the API console</source>
        <translation>API コンソールに貼り付けるスコープをコピー</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>Include &amp;write permissions (approve, install, scan)</source>
        <translation>書き込み権限を含める (承認、インストール、スキャン)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Grant code:</source>
        <translation>グラント コード(&amp;G):</translation>
    </message>
    <message>
        <source>Paste the grant code.</source>
        <translation>グラント コードを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerStatusSection</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Patch database and approval</source>
        <translation>パッチ データベースと承認</translation>
    </message>
    <message>
        <source>Server page ›</source>
        <translation>サーバー ページ ›</translation>
    </message>
    <message>
        <source>Open the server's settings and status</source>
        <translation>サーバーの設定と状態を開く</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>データベースの更新</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>次回の更新</translation>
    </message>
    <message>
        <source>⚠ Automatic database updates are disabled: new patches are not detected until the database is updated by hand.</source>
        <translation>⚠ データベースの自動更新が無効です: データベースを手動で更新するまで新しいパッチは検出されません。</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>パッチの承認</translation>
    </message>
    <message>
        <source>Deployment tasks</source>
        <translation>展開タスク</translation>
    </message>
    <message>
        <source>Last task</source>
        <translation>前回のタスク</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>次回のタスク</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Updating now</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>New patches are approved for deployment without review.</source>
        <translation>新しいパッチは確認なしで展開が承認されます。</translation>
    </message>
    <message>
        <source>Patches are deployed only after an administrator approves them.</source>
        <translation>パッチは管理者が承認した後にのみ展開されます。</translation>
    </message>
    <message>
        <source>Unnamed task</source>
        <translation>名前のないタスク</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>pmp::ui::ServerView</name>
    <message>
        <source>Patch database</source>
        <translation>パッチ データベース</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>最終更新:</translation>
    </message>
    <message>
        <source>Updated at:</source>
        <translation>更新日時:</translation>
    </message>
    <message>
        <source>Next update:</source>
        <translation>次回の更新:</translation>
    </message>
    <message>
        <source>Automatic updates:</source>
        <translation>自動更新:</translation>
    </message>
    <message>
        <source>Patch approval</source>
        <translation>パッチの承認</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>System health policy</source>
        <translation>システムの正常性ポリシー</translation>
    </message>
    <message>
        <source>Vulnerable at:</source>
        <translation>「脆弱」の基準:</translation>
    </message>
    <message>
        <source>Highly vulnerable at:</source>
        <translation>「高度に脆弱」の基準:</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>集計対象:</translation>
    </message>
    <message>
        <source>Managed scope</source>
        <translation>管理範囲</translation>
    </message>
    <message>
        <source>Remote offices:</source>
        <translation>リモート オフィス:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>ドメイン:</translation>
    </message>
    <message>
        <source>Custom groups:</source>
        <translation>カスタム グループ:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The patch database status</source>
        <translation>パッチ データベースの状態</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&lt;b&gt;disabled&lt;/b&gt; — the vulnerability database is not kept current</source>
        <translation>&lt;b&gt;無効&lt;/b&gt; — 脆弱性データベースが最新に保たれていません</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>The approval settings</source>
        <translation>承認設定</translation>
    </message>
    <message>
        <source>Automatic — new patches are approved without review</source>
        <translation>自動 — 新しいパッチは確認なしで承認されます</translation>
    </message>
    <message>
        <source>Manual — patches wait for an administrator's approval</source>
        <translation>手動 — パッチは管理者の承認を待ちます</translation>
    </message>
    <message>
        <source>The server's setting: %1</source>
        <translation>サーバーの設定: %1</translation>
    </message>
    <message>
        <source>The health policy</source>
        <translation>正常性ポリシー</translation>
    </message>
    <message>
        <source>only approved patches</source>
        <translation>承認済みのパッチのみ</translation>
    </message>
    <message>
        <source>all patches</source>
        <translation>すべてのパッチ</translation>
    </message>
    <message>
        <source>third-party applications excluded</source>
        <translation>サードパーティ アプリケーションを除外</translation>
    </message>
    <message>
        <source>third-party applications included</source>
        <translation>サードパーティ アプリケーションを含む</translation>
    </message>
    <message>
        <source>The server properties</source>
        <translation>サーバーのプロパティ</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>サーバー設定</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SessionController</name>
    <message>
        <source>Sign in again</source>
        <translation>再サインイン</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>再サインイン…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Welcome to PatchDeck. Connect it to your Patch Manager Plus server: choose how you sign in, and follow the steps on the right.</source>
        <translation>PatchDeck へようこそ。Patch Manager Plus サーバーに接続しましょう: サインイン方法を選び、右側の手順に従ってください。</translation>
    </message>
    <message>
        <source>Permission needed</source>
        <translation>権限が必要です</translation>
    </message>
    <message>
        <source>PatchDeck needs your permission to make changes, but could not open a browser. Copy the link, open it in the browser where you use Zoho, and click Accept.</source>
        <translation>PatchDeck が変更を行うには権限が必要ですが、ブラウザーを開けませんでした。リンクをコピーし、Zoho を使っているブラウザーで開いて Accept をクリックしてください。</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>リンクをコピーしました</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation>%1 に切り替えました</translation>
    </message>
    <message>
        <source>Remove the profile "%1"? PatchDeck signs out (Zoho is told to revoke the sign-in) and forgets the profile.</source>
        <translation>プロファイル「%1」を削除しますか? PatchDeck はサインアウトし (Zoho にサインインの取り消しを依頼します)、プロファイルを破棄します。</translation>
    </message>
    <message>
        <source>Sign out of "%1"? Zoho is told to revoke PatchDeck's sign-in and the tokens are removed from this computer's keychain.</source>
        <translation>「%1」からサインアウトしますか? Zoho に PatchDeck のサインインの取り消しを依頼し、このコンピューターのキーチェーンからトークンを削除します。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInDialog</name>
    <message>
        <source>Sign in — PatchDeck</source>
        <translation>サインイン — PatchDeck</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be stored in the keychain. Unlock or start your keychain, or tick "Keep my sign-in for this session only"; then click Continue.</source>
        <translation>サインインしましたが、サインイン情報をキーチェーンに保存できませんでした。キーチェーンのロックを解除または起動するか、「このセッションの間だけサインインを保持」をオンにしてから、続行 をクリックしてください。</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved: %1</source>
        <translation>サインインしましたが、トークンを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Connect PatchDeck to Patch Manager Plus</source>
        <translation>PatchDeck を Patch Manager Plus に接続</translation>
    </message>
    <message>
        <source>Choose how you sign in. Your tokens are kept in this computer's keychain, never in a file.</source>
        <translation>サインイン方法を選択してください。トークンはファイルではなく、このコンピューターのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>For example: Production EU</source>
        <translation>例: 本番 EU</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>プロファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>ネットワーク(&amp;N)…</translation>
    </message>
    <message>
        <source>Proxy and trusted certificate authorities</source>
        <translation>プロキシと信頼された証明機関</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>No keychain: tick "Keep my sign-in for this session only" to continue.</source>
        <translation>キーチェーンがありません: 続行するには「このセッションの間だけサインインを保持」をオンにしてください。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>ブラウザーを開いています…</translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation>%1 でコードを交換しています…</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>%1 でトークンを確認しています…</translation>
    </message>
    <message>
        <source>Signed in. Opening the console…</source>
        <translation>サインインしました。コンソールを開いています…</translation>
    </message>
    <message>
        <source>Signed in. Storing the sign-in in your keychain (it may ask for its password)…</source>
        <translation>サインインしました。サインイン情報をキーチェーンに保存しています (パスワードを求められる場合があります)…</translation>
    </message>
    <message>
        <source>Sign-in stopped.</source>
        <translation>サインインを中止しました。</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInHelp</name>
    <message>
        <source>Sign in through your browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>This address looks like &lt;b&gt;patchdeck-sim&lt;/b&gt;, the simulator. It needs no client registration.</source>
        <translation>このアドレスはシミュレーターの &lt;b&gt;patchdeck-sim&lt;/b&gt; のようです。クライアントの登録は不要です。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Use simulator client&lt;/b&gt;: it fills in the simulator's built-in client %1 and its secret %2.</source>
        <translation>&lt;b&gt;シミュレーターのクライアントを使用&lt;/b&gt; をクリックすると、シミュレーター組み込みのクライアント %1 とシークレット %2 が入力されます。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens the simulator's consent page.</source>
        <translation>&lt;b&gt;サインイン&lt;/b&gt; をクリックします。ブラウザーにシミュレーターの同意ページが開きます。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it, and PatchDeck opens the console.</source>
        <translation>&lt;b&gt;Accept&lt;/b&gt; をクリックします。タブを閉じてよいと表示され、PatchDeck がコンソールを開きます。</translation>
    </message>
    <message>
        <source>Enter the &lt;b&gt;Server URL&lt;/b&gt; of Patch Manager Plus and the &lt;b&gt;Accounts URL&lt;/b&gt; of its sign-in server. For &lt;b&gt;patchdeck-sim&lt;/b&gt;, both are the address it printed when it started (%1): type it as the Server URL and the Accounts URL follows.</source>
        <translation>Patch Manager Plus の &lt;b&gt;サーバー URL&lt;/b&gt; と、そのサインイン サーバーの &lt;b&gt;アカウント URL&lt;/b&gt; を入力します。&lt;b&gt;patchdeck-sim&lt;/b&gt; の場合はどちらも起動時に表示されたアドレス (%1) です: サーバー URL として入力すると、アカウント URL も自動で入力されます。</translation>
    </message>
    <message>
        <source>Open your accounts server's API console and sign in as an administrator.</source>
        <translation>アカウント サーバーの API コンソールを開き、管理者としてサインインします。</translation>
    </message>
    <message>
        <source>Open the API console of the %1 data centre, %2, and sign in with your Patch Manager Plus administrator account.</source>
        <translation>%1 データ センターの API コンソール (%2) を開き、Patch Manager Plus の管理者アカウントでサインインします。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;GET STARTED&lt;/b&gt; (or &lt;b&gt;ADD CLIENT&lt;/b&gt;), choose &lt;b&gt;Server-based Applications&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;.</source>
        <translation>&lt;b&gt;GET STARTED&lt;/b&gt; (または &lt;b&gt;ADD CLIENT&lt;/b&gt;) をクリックし、&lt;b&gt;Server-based Applications&lt;/b&gt; を選んで &lt;b&gt;CREATE NOW&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <source>Fill in: &lt;b&gt;Client Name&lt;/b&gt; %1; &lt;b&gt;Homepage URL&lt;/b&gt; any address of your organisation, for example %2; &lt;b&gt;Authorized Redirect URIs&lt;/b&gt; exactly %3</source>
        <translation>次のように入力します: &lt;b&gt;Client Name&lt;/b&gt; は %1、&lt;b&gt;Homepage URL&lt;/b&gt; は組織の任意のアドレス (例: %2)、&lt;b&gt;Authorized Redirect URIs&lt;/b&gt; は正確に %3</translation>
    </message>
    <message>
        <source>Any free port is selected, so the port is only known at sign-in. Zoho compares redirect URIs exactly: choose &lt;b&gt;Use a fixed port&lt;/b&gt; unless your accounts server accepts any loopback port.</source>
        <translation>任意の空きポートが選ばれるため、ポートはサインイン時にしかわかりません。Zoho はリダイレクト URI を完全一致で比較します: アカウント サーバーが任意のループバック ポートを受け付けない限り、&lt;b&gt;固定ポートを使用&lt;/b&gt; を選んでください。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;CREATE&lt;/b&gt;. On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>&lt;b&gt;CREATE&lt;/b&gt; をクリックします。&lt;b&gt;Client Secret&lt;/b&gt; タブで &lt;b&gt;Client ID&lt;/b&gt; と &lt;b&gt;Client Secret&lt;/b&gt; を左側のフィールドにコピーします。</translation>
    </message>
    <message>
        <source>If colleagues in other data centres will use this client, open its &lt;b&gt;Settings&lt;/b&gt; and enable &lt;b&gt;Multi-DC&lt;/b&gt;; PatchDeck follows the data centre Zoho names after sign-in.</source>
        <translation>他のデータ センターの同僚もこのクライアントを使う場合は、&lt;b&gt;Settings&lt;/b&gt; を開いて &lt;b&gt;Multi-DC&lt;/b&gt; を有効にします。PatchDeck はサインイン後に Zoho が示すデータ センターに従います。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. Your browser opens Zoho's consent page; check that it asks only to &lt;b&gt;read&lt;/b&gt; (%1) and click &lt;b&gt;Accept&lt;/b&gt;. The tab then says you can close it.</source>
        <translation>&lt;b&gt;サインイン&lt;/b&gt; をクリックします。ブラウザーに Zoho の同意ページが開くので、&lt;b&gt;読み取り&lt;/b&gt; (%1) のみを求めていることを確認して &lt;b&gt;Accept&lt;/b&gt; をクリックします。その後、タブを閉じてよいと表示されます。</translation>
    </message>
    <message>
        <source>PatchDeck asks for the write permissions (the UPDATE scopes) later, in the same way, the first time you approve, install or scan. A profile that never writes never holds them.</source>
        <translation>書き込み権限 (UPDATE スコープ) は、初めて承認、インストール、スキャンを行うときに同じ方法で求めます。書き込みをしないプロファイルがこの権限を持つことはありません。</translation>
    </message>
    <message>
        <source>Connecting to patchdeck-sim, a test tenant or a proxy? Choose &lt;b&gt;Custom server&lt;/b&gt; under &lt;b&gt;Data centre&lt;/b&gt;.</source>
        <translation>patchdeck-sim、テスト テナント、またはプロキシに接続しますか? &lt;b&gt;データ センター&lt;/b&gt; で &lt;b&gt;カスタム サーバー&lt;/b&gt; を選んでください。</translation>
    </message>
    <message>
        <source>Sign in with a Self Client code</source>
        <translation>Self Client コードでサインイン</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Self Client&lt;/b&gt; and click &lt;b&gt;CREATE NOW&lt;/b&gt;, then &lt;b&gt;OK&lt;/b&gt; (only the first time).</source>
        <translation>&lt;b&gt;Self Client&lt;/b&gt; を選んで &lt;b&gt;CREATE NOW&lt;/b&gt; をクリックし、&lt;b&gt;OK&lt;/b&gt; をクリックします (初回のみ)。</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Client Secret&lt;/b&gt; tab, copy the &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; into the fields on the left.</source>
        <translation>&lt;b&gt;Client Secret&lt;/b&gt; タブで &lt;b&gt;Client ID&lt;/b&gt; と &lt;b&gt;Client Secret&lt;/b&gt; を左側のフィールドにコピーします。</translation>
    </message>
    <message>
        <source>On the &lt;b&gt;Generate Code&lt;/b&gt; tab, paste the scopes (&lt;b&gt;Copy&lt;/b&gt; next to &lt;b&gt;Scopes&lt;/b&gt; on the left gives them comma-separated):%1&lt;br&gt;pick a &lt;b&gt;Time Duration&lt;/b&gt; (10 minutes leaves time to paste), type a description such as %2 and click &lt;b&gt;CREATE&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Generate Code&lt;/b&gt; タブでスコープを貼り付け (左側の &lt;b&gt;スコープ&lt;/b&gt; の横にある &lt;b&gt;コピー&lt;/b&gt; でコンマ区切りで取得できます):%1&lt;br&gt;&lt;b&gt;Time Duration&lt;/b&gt; を選び (10 分あれば貼り付けに十分です)、%2 などの説明を入力して &lt;b&gt;CREATE&lt;/b&gt; をクリックします。</translation>
    </message>
    <message>
        <source>Copy the code, paste it into &lt;b&gt;Grant code&lt;/b&gt; and click &lt;b&gt;Sign in&lt;/b&gt; right away: a code works once, and only until its time runs out.</source>
        <translation>コードをコピーして &lt;b&gt;グラント コード&lt;/b&gt; に貼り付け、すぐに &lt;b&gt;サインイン&lt;/b&gt; をクリックします: コードは 1 回限り、有効期限内のみ使えます。</translation>
    </message>
    <message>
        <source>Tick &lt;b&gt;Include write permissions&lt;/b&gt; to generate a code that also allows approving, installing and scanning; the scope list above follows it.</source>
        <translation>承認、インストール、スキャンも許可するコードを生成するには、&lt;b&gt;書き込み権限を含める&lt;/b&gt; をオンにします。上のスコープ一覧もそれに合わせて変わります。</translation>
    </message>
    <message>
        <source>Connect to an on-premises server</source>
        <translation>オンプレミス サーバーに接続</translation>
    </message>
    <message>
        <source>Enter the server's address with its https port, for example %1.</source>
        <translation>サーバーのアドレスを https ポート付きで入力します (例: %1)。</translation>
    </message>
    <message>
        <source>In the Patch Manager Plus web console, open &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt;, create a key for PatchDeck and paste it into &lt;b&gt;API token&lt;/b&gt;.</source>
        <translation>Patch Manager Plus の Web コンソールで &lt;b&gt;Admin → Integrations → API Key Management&lt;/b&gt; を開き、PatchDeck 用のキーを作成して &lt;b&gt;API トークン&lt;/b&gt; に貼り付けます。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Sign in&lt;/b&gt;. PatchDeck checks the token with one read before keeping it in your keychain.</source>
        <translation>&lt;b&gt;サインイン&lt;/b&gt; をクリックします。PatchDeck はキーチェーンに保管する前に、読み取りを 1 回行ってトークンを確認します。</translation>
    </message>
    <message>
        <source>The token is sent only over https. If your server uses a certificate from your own CA, add that CA under &lt;b&gt;Network…&lt;/b&gt;; certificate errors are shown, never ignored.</source>
        <translation>トークンは https でのみ送信されます。サーバーが自組織の CA の証明書を使っている場合は、&lt;b&gt;ネットワーク…&lt;/b&gt; でその CA を追加してください。証明書エラーは表示され、無視されることはありません。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInMethodTabs</name>
    <message>
        <source>Sign-in method</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation>ブラウザー (推奨)(&amp;B)</translation>
    </message>
    <message>
        <source>Self Client &amp;code</source>
        <translation>Self Client コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;On-premises server</source>
        <translation>オンプレミス サーバー(&amp;O)</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInPage</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SignInStatusArea</name>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the sign-in link, to open it in a browser yourself</source>
        <translation>サインイン リンクをコピーして自分でブラウザーで開く</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>リンクをコピーしました</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>ブラウザーをもう一度開く</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>Your browser is showing Zoho's consent page. Sign in there if asked, check the permissions and click &lt;b&gt;Accept&lt;/b&gt;; PatchDeck continues by itself.</source>
        <translation>ブラウザーに Zoho の同意ページが表示されています。必要に応じてサインインし、権限を確認して &lt;b&gt;Accept&lt;/b&gt; をクリックしてください。PatchDeck は自動的に続行します。</translation>
    </message>
    <message>
        <source>PatchDeck could not open a browser. Click &lt;b&gt;Copy link&lt;/b&gt;, paste the link into the browser where you use Zoho, and click &lt;b&gt;Accept&lt;/b&gt; there.</source>
        <translation>PatchDeck はブラウザーを開けませんでした。&lt;b&gt;リンクをコピー&lt;/b&gt; をクリックし、Zoho を使っているブラウザーにリンクを貼り付けて、そこで &lt;b&gt;Accept&lt;/b&gt; をクリックしてください。</translation>
    </message>
    <message>
        <source>Access approved. Fetching the tokens from %1…</source>
        <translation>アクセスが承認されました。%1 からトークンを取得しています…</translation>
    </message>
    <message>
        <source>Still waiting for the browser…</source>
        <translation>引き続きブラウザーを待っています…</translation>
    </message>
    <message>
        <source>Check the certificate below. If it belongs to your organisation, trust its CA under Network… and sign in again.</source>
        <translation>下の証明書を確認してください。自組織のものであれば、ネットワーク… でその CA を信頼し、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SinceLastRefreshSection</name>
    <message>
        <source>Since your last refresh</source>
        <translation>前回の更新以降</translation>
    </message>
    <message>
        <source>Missing critical patches</source>
        <translation>未適用の緊急パッチ</translation>
    </message>
    <message>
        <source>Highly vulnerable systems</source>
        <translation>高度に脆弱なシステム</translation>
    </message>
    <message>
        <source>Agents not reporting</source>
        <translation>応答のないエージェント</translation>
    </message>
    <message>
        <source>Failed scans</source>
        <translation>失敗したスキャン</translation>
    </message>
    <message>
        <source>Compared with the summaries recorded at the refresh before, at %1. Net changes: the server reports counts, not events.</source>
        <translation>前回の更新 (%1) で記録した概要と比較しています。正味の変化です: サーバーが報告するのは件数で、イベントではありません。</translation>
    </message>
    <message>
        <source>The refresh before did not record this number.</source>
        <translation>前回の更新ではこの数値は記録されていません。</translation>
    </message>
    <message>
        <source>%1 at the refresh before</source>
        <translation>前回の更新時 %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3 now</source>
        <translation>%2 に %1、現在 %3</translation>
    </message>
    <message>
        <source>Systems with failed deployments</source>
        <translation>展開に失敗したシステム</translation>
    </message>
    <message>
        <source>Could not count them: %1</source>
        <translation>数えられませんでした: %1</translation>
    </message>
    <message>
        <source>Not counted yet.</source>
        <translation>まだ数えていません。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::StatTile</name>
    <message>
        <source>▲ %1 in 30 days</source>
        <translation>▲ 30 日間で %1</translation>
    </message>
    <message>
        <source>▼ %1 in 30 days</source>
        <translation>▼ 30 日間で %1</translation>
    </message>
    <message>
        <source>No change in 30 days</source>
        <translation>30 日間で変化なし</translation>
    </message>
    <message>
        <source>▲ %1 since %2</source>
        <translation>▲ %2 以降 %1</translation>
    </message>
    <message>
        <source>▼ %1 since %2</source>
        <translation>▼ %2 以降 %1</translation>
    </message>
    <message>
        <source>No change since %1</source>
        <translation>%1 以降変化なし</translation>
    </message>
</context>
<context>
    <name>pmp::ui::SummarySegments</name>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>脆弱</translation>
    </message>
    <message>
        <source>Moderately vulnerable: %1</source>
        <translation>中程度に脆弱: %1</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>高度に脆弱</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Health unknown (not scanned yet): %1</source>
        <translation>正常性不明 (未スキャン): %1</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>スキャン済み</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>未スキャン</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Last scan succeeded: %1</source>
        <translation>前回のスキャン成功: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Last scan failed: %1</source>
        <translation>前回のスキャン失敗: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantBadge</name>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantOverviewModel</name>
    <message>
        <source>From the last session</source>
        <translation>前回のセッションから</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Sign in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Double-click to open %1 in its window</source>
        <translation>ダブルクリックで %1 をそのウィンドウで開きます</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Missing critical</source>
        <translation>未適用の緊急</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>高度に脆弱</translation>
    </message>
    <message>
        <source>Agents down</source>
        <translation>停止中のエージェント</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Failed deployments</source>
        <translation>失敗した展開</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantSummaryRefresher</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>このプロファイルはもう存在しません。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantWindows</name>
    <message>
        <source>Sign in to another tenant. It opens in a window of its own; the windows already open stay signed in to theirs.</source>
        <translation>別のテナントにサインインします。専用のウィンドウで開き、既に開いているウィンドウはそれぞれのテナントにサインインしたままです。</translation>
    </message>
    <message>
        <source>&amp;Tenants overview…</source>
        <translation>テナントの概要(&amp;T)…</translation>
    </message>
    <message>
        <source>Every profile's missing critical patches and highly vulnerable computers in one table</source>
        <translation>すべてのプロファイルの未適用の緊急パッチと高リスクのコンピューターを 1 つの表に表示</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TenantsOverview</name>
    <message>
        <source>&amp;Refresh all</source>
        <translation>すべて更新(&amp;R)</translation>
    </message>
    <message>
        <source>Tenants — PatchDeck</source>
        <translation>テナント — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Every tenant PatchDeck has a profile for. The numbers are refreshed one tenant at a time every %n minutes while this window is open; double-click a tenant to open its window.</source>
        <translation>
            <numerusform>PatchDeck にプロファイルがあるすべてのテナントです。このウィンドウが開いている間、数値は %n 分ごとに 1 テナントずつ更新されます。テナントをダブルクリックするとそのウィンドウが開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Fetch every tenant's summary now</source>
        <translation>すべてのテナントの概要を今すぐ取得します</translation>
    </message>
    <message>
        <source>&amp;Open window</source>
        <translation>ウィンドウを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the selected tenant in its window, or brings that window forward</source>
        <translation>選択したテナントをそのウィンドウで開くか、そのウィンドウを前面に表示します</translation>
    </message>
    <message>
        <source>Tenants (%1) — PatchDeck</source>
        <translation>テナント (%1) — PatchDeck</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing: %n tenant(s) to go…</source>
        <translation>
            <numerusform>更新中: 残り %n テナント…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendChart</name>
    <message>
        <source>Not enough history yet — trends appear after a few refreshes</source>
        <translation>履歴がまだ足りません — 数回更新すると推移が表示されます</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>trend axis date format (QDateTime format)</comment>
        <translation>M/d</translation>
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
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing critical and important patches</source>
        <translation>未適用の緊急および重要パッチ</translation>
    </message>
    <message>
        <source>Vulnerable systems</source>
        <translation>脆弱なシステム</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Highly vulnerable</source>
        <translation>高度に脆弱</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>脆弱</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendSection</name>
    <message>
        <source>Trends</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Recorded on this computer at each refresh, one snapshot per hour: the server keeps no history of these numbers.</source>
        <translation>更新のたびにこのコンピューターで記録 (1 時間に 1 回のスナップショット): サーバーはこれらの数値の履歴を保持しません。</translation>
    </message>
</context>
<context>
    <name>pmp::ui::TrendTable</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>pmp::ui::UninstallPatchesDialog</name>
    <message>
        <source>Uninstall patches</source>
        <translation>パッチのアンインストール</translation>
    </message>
    <message>
        <source>The patches are removed from every computer that has them. Computers become vulnerable again to what the patches fixed.</source>
        <translation>パッチを持つすべてのコンピューターからパッチが削除されます。コンピューターは、パッチで修正されていた問題に対して再び脆弱になります。</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Patches:</source>
        <translation>パッチ:</translation>
    </message>
    <message>
        <source>PatchDeck uninstall %1</source>
        <translation>PatchDeck アンインストール %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Optional: why, ticket number…</source>
        <translation>任意: 理由、チケット番号など…</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Save as draft (nothing is uninstalled)</source>
        <translation>下書きとして保存 (何もアンインストールしない)</translation>
    </message>
    <message>
        <source>Uninstall when each agent next contacts the server</source>
        <translation>各エージェントが次にサーバーに接続したときにアンインストール</translation>
    </message>
    <message>
        <source>Uninstall immediately</source>
        <translation>すぐにアンインストール</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>Deployment &amp;policy:</source>
        <translation>展開ポリシー(&amp;P):</translation>
    </message>
</context>
</TS>
