## Zalo (OA and Zalo Bot)

config-expect-zalo-app-secret-required = required with Zalo OA: without the App Secret no token can be refreshed and the OA stops working after a day
config-expect-zalo-oa-token-pair = ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN go together (or leave both empty and use npm run cli -- zalo auth)
config-expect-zalo-bot-secret-required = required with ZALO_BOT_WEBHOOK_URL (Zalo sends it back to authenticate the webhook)
zalo-oa-token-alert =
    ⚠️ The assistant could not refresh the Zalo OA token ({ $reason }). Once the current token expires, the assistant can neither receive nor send messages in the Zalo groups.
    To fix it: an OA administrator runs { $command } on the server, opens the printed link, grants access, then pastes the address Zalo redirects to (or the code) into the command line.
cli-usage-zalo =
    Zalo OA (needs ZALO_OA_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY):
      zalo auth [--redirect-uri URL]              print the authorization link (PKCE) for an OA admin, then take the code
      zalo auth --url ADDRESS | --code CODE       exchange the code Zalo returned for a token pair, stored in the database
      zalo status                                  when the access token expires; the OA's name and package
      zalo groups                                  the groups the OA manages, their invite links and bound units
      zalo assets [--product gmf10] [--quota purchase_quota]   group assets still usable for a new group
      zalo group create --unit CODE --asset ID [--name NAME] [--members id,id]   create a GMF group for a unit, print its invite link, bind it
      zalo group bind --group ID --unit CODE       bind an existing OA group to a unit
      zalo withdraw-report <user id> [--json]      what the assistant holds about a Zalo user (when they ask for their data to be deleted)
      zalo unreadable [--limit N]                  the events Zalo signed that the assistant could not read
cli-zalo-not-configured = Zalo OA is not configured: set ZALO_OA_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY (see the README).
cli-zalo-unreached = Could not reach Zalo: { $reason }. Check the server’s network path to Zalo and try again.
cli-zalo-failed = Zalo refused: { $reason } (error code { $code }).
cli-zalo-auth-no-redirect = The redirect address (the app's Official Account Callback URL) is needed: set ZALO_OA_REDIRECT_URI or add --redirect-uri.
cli-zalo-auth-open = An OA administrator opens this link (logged in to Zalo as an OA admin) and grants access:
cli-zalo-auth-then = Zalo then redirects to the callback address with ?code=…. Within 10 minutes run: npm run cli -- zalo auth --url "<that address>" (or --code <code>).
cli-zalo-auth-paste = Paste the address Zalo redirected to (or only the code) and press Enter:
cli-zalo-auth-bad-code = No code found in what was entered. Paste the whole address Zalo redirected to, or only the part after code=.
cli-zalo-auth-no-request = No authorization is waiting (or it is older than 10 minutes). Run npm run cli -- zalo auth again for a new link.
cli-zalo-auth-done = Saved a new token pair for the OA “{ $oa }” (the access token lasts about { $hours } hours; the assistant refreshes it about every 12 hours).
cli-zalo-groups-none = The OA manages no group yet. Create one for a unit with: npm run cli -- zalo group create --unit <code> --asset <id>
cli-zalo-group-line = { $id }  { $name }  ({ $members } members, { $status })  unit: { $unit }  invite: { $link }
cli-zalo-group-unbound = not bound
cli-zalo-group-usage = Usage: zalo group create --unit <unit code> --asset <group asset id> [--name <name>] [--members <id,id>], or zalo group bind --group <group id> --unit <unit code>
cli-zalo-group-no-members = A new group needs at least one member who is an OA admin. None of the administrators or the unit's focal points has written to the OA yet; add --members <Zalo user id>.
cli-zalo-group-default-name = { $unit } — Focal point assistant
cli-zalo-group-description = Progress reports and deadline reminders of { $unit }, run by the Department of Health.
cli-zalo-group-created = Created group { $id } with { $members } members and bound it to { $unit }.
cli-zalo-group-link = Invite link (send it to the unit's staff): { $link }
cli-zalo-group-rebound = Note: this group was bound to { $previous } before; that unit’s reminders and digests no longer go to it.
cli-zalo-group-bound = Bound group { $id } to { $unit }.
cli-zalo-assets-none = No usable { $product } group asset. Buy or renew one in the OA's management page.
cli-zalo-asset-line = { $id }  { $product }  { $status }  valid through { $until }
cli-zalo-status-no-tokens = No OA token yet. Run npm run cli -- zalo auth, or set ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN and start the assistant.
cli-zalo-status-tokens = The access token expires at { $expires } (last refreshed: { $refreshed }).
cli-zalo-status-oa = OA: { $oa } (id { $id }), package { $package }, valid through { $until }.
zalo-error-token-invalid = the access token is no longer valid, even after a refresh; re-authorize (npm run cli -- zalo auth)
zalo-error-not-authorized = no OA token yet; run npm run cli -- zalo auth
zalo-error-refresh-reused = the refresh token was already used (each refresh token works once); re-authorize (npm run cli -- zalo auth)
zalo-error-oauth = Zalo's authorization server refused; check ZALO_OA_APP_ID, ZALO_APP_SECRET and the redirect address
zalo-error-rate-limited = too many API calls this minute; try again in a minute
zalo-error-quota-exceeded = the OA used up its quota for this feature
zalo-error-not-owned = the OA does not own this group: an OA can only write in groups it created (zalo group create)
zalo-error-group-disabled = the group's GMF asset expired or the group is disabled (-237); renew it in OA Manager, the group stays bound to its unit
zalo-error-package = the OA's current package lacks this feature (GMF group chat needs a verified OA on a package with group chat)
zalo-error-app-setup = the app or the OA is not set up for this API (app activation, OA verification, registered APIs, Zalo Cloud Account)
zalo-error-permission = the OA has not granted the app this permission; re-authorize with the needed permissions
zalo-error-outside-window = the user has not interacted with the OA in the last 7 days, so the OA may not message them privately
zalo-error-asset-unavailable = this group asset is used or no longer valid; list usable ones with zalo assets
zalo-error-invalid-input = Zalo rejected a parameter (a wrong group or user id)
zalo-error-too-long = the content exceeds Zalo's limit
zalo-error-forbidden = the platform refused access
zalo-error-not-found = not found
zalo-error-timeout = Zalo did not answer in time
zalo-error-network = Zalo could not be reached
zalo-error-server = Zalo's server is failing; try again later
zalo-error-bad-response = Zalo's answer was not in the expected format
zalo-error-unknown = an unknown error
platform-not-available = The { $platform } platform is not supported in this version.
zalo-error-app-removed = the Zalo app was removed or disabled (-219); restore it on Zalo's developer site, then re-authorize (npm run cli -- zalo auth)
zalo-error-oa-unavailable = the OA was deleted or does not exist (-204/-205); check the OA in OA Manager and ZALO_OA_APP_ID
zalo-error-policy-violation = Zalo refused the message for a platform-policy violation (-248); read Zalo's notices in OA Manager
zalo-oa-operator-alert =
    ⚠️ Zalo OA refused to send ({ $reason }): { $hint }.
    Until it is fixed, messages through the Zalo OA do not reach the groups; the assistant reports each message it could not send.
zalo-oa-start-alert =
    ⚠️ The assistant could not read the Zalo OA's description at start ({ $reason }): { $hint }.
    It still receives and sends messages, and will try again later. Check that the app was granted every permission group (among them “Quyền quản lý thông tin OA” and “Quyền nhận sự kiện quản lý tin nhắn”, see the README), then authorize again with npm run cli -- zalo auth.
zalo-oa-withdraw-alert =
    🔒 Zalo user { $user } ({ $name }) asked for their personal data to be deleted (the Zalo OA's user_withdraw event: a data subject's right).
    See what the assistant holds about them: { $command }. Then delete or anonymise what there is no ground to keep, and record what was done.
zalo-oa-image-caption = Attached photo
zalo-oa-image-caption-named = Photo: { $name }
config-expect-zalo-bot-name = the bot's display name (1–100 characters), as people type it after @ in a group
cli-zalo-withdraw-usage = Usage: zalo withdraw-report <Zalo user id> [--json] (the id is in the notice sent to the administrators).
cli-zalo-withdraw-header = Zalo user { $user } ({ $name }): what the assistant holds
cli-zalo-withdraw-no-member = No member record is linked to this id (the person never wrote to the assistant, or was deleted).
cli-zalo-withdraw-identity = - { $platform } account { $id }, named “{ $name }”, last seen: { $seen }
cli-zalo-withdraw-roles = - Roles: { $roles }
cli-zalo-withdraw-counts =
    - Reports sent: { $reports } (evidence files: { $files }; from { $first } to { $last })
    - Feedback logged: { $logged }; feedback assigned to handle: { $handled }; handling steps recorded: { $actions }
    - Unfinished conversations: { $conversations }; audit rows: { $audit }; Zalo messages still kept (30 days): { $events }
cli-zalo-withdraw-advice = Reports and feedback are the unit's official records: weigh the legal ground to keep them; delete or anonymise the rest (accounts, roles, conversations), then record what was done.
cli-zalo-unreadable-none = No event that Zalo signed went unread.
cli-zalo-unreadable-line = { $at }  { $platform }  { $event }  ({ $reason }): { $body }
