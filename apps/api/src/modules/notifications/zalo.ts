import type { Settings } from '../../config/settings';

export type ZaloSettings = Pick<Settings, 'zaloOaEnabled' | 'zaloOaApiUrl' | 'zaloOaAccessToken'>;

export class ZaloSendError extends Error {}

/**
 * Sends one text message from the EduShield Official Account to a Zalo user.
 *
 * Zalo OA Open API v3, "tin nhắn tư vấn" (consultation / customer-service message):
 *   POST https://openapi.zalo.me/v3.0/oa/message/cs
 *   header  access_token: <OA access token>
 *   body    { "recipient": { "user_id": "<zalo user id>" }, "message": { "text": "…" } }
 *   answer  { "error": 0, "message": "Success", "data": { "message_id": "…", "user_id": "…" } }
 * A non-zero `error` in a 200 answer is a failure (e.g. -213: the user does not follow the OA).
 * Shape as in Zalo's own SDK sample, zaloplatform/zalo-java-sdk
 * src/test/java/v3/SendTextCSMessage.java (developers.zalo.me, Official Account API v3).
 * Zalo limits a text message to 2,000 characters.
 */
export async function sendZaloText(
  settings: ZaloSettings,
  zaloUserId: string,
  text: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ messageId: string }> {
  if (!settings.zaloOaAccessToken) throw new ZaloSendError('ZALO_OA_ACCESS_TOKEN is not set');
  const response = await fetchImpl(settings.zaloOaApiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', access_token: settings.zaloOaAccessToken },
    body: JSON.stringify({ recipient: { user_id: zaloUserId }, message: { text: text.slice(0, 2000) } }),
    signal: AbortSignal.timeout(15_000),
  });
  const raw = await response.text();
  if (!response.ok) throw new ZaloSendError(`Zalo OA HTTP ${response.status}: ${raw.slice(0, 300)}`);
  let answer: { error?: number; message?: string; data?: { message_id?: string } };
  try {
    answer = JSON.parse(raw);
  } catch {
    throw new ZaloSendError(`Zalo OA answered non-JSON: ${raw.slice(0, 200)}`);
  }
  if (answer.error !== 0)
    throw new ZaloSendError(`Zalo OA error ${answer.error}: ${String(answer.message ?? '').slice(0, 300)}`);
  return { messageId: String(answer.data?.message_id ?? '') };
}
