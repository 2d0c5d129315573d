/**
 * Where a deployment serves an exploration image. AssetsBackendApiService builds
 * `(DEV_MODE ? '/assetsdevhandler' : 'https://storage.googleapis.com/<GCS_RESOURCE_BUCKET_NAME>')
 * + '/<entity_type>/<entity_id>/assets/image/<filename>'` (core/templates/services/
 * assets-backend-api.service.ts), so a dev server (the sandbox, a local Oppia) answers the first
 * form and oppia.org the second. The buckets are the ones Oppia's apps read from: oppia-android's
 * GCS_RESOURCE_BUCKET_NAME "oppiaserver-resources" (oppia.org) and its question bucket
 * "oppiatestserver-resources" (the test server) — the latter UNCONFIRMED as the test server's
 * frontend setting.
 */

const GCS_BUCKETS: Array<{ host: RegExp; bucket: string }> = [
  {
    host: /^(www\.)?oppia\.org$|^oppiaserver\.appspot\.com$|-dot-oppiaserver\.appspot\.com$/,
    bucket: 'oppiaserver-resources',
  },
  {
    host: /^(www\.)?oppiatestserver\.org$|oppiatestserver\.appspot\.com$/,
    bucket: 'oppiatestserver-resources',
  },
];

/** URLs to try for an exploration image, most likely first. */
export function imageUrls(baseUrl: string, explorationId: string, filename: string): string[] {
  const path = `exploration/${encodeURIComponent(explorationId)}/assets/image/${encodeURIComponent(filename)}`;
  const urls = [`${baseUrl}/assetsdevhandler/${path}`];
  const host = new URL(baseUrl).hostname.toLowerCase();
  const gcs = GCS_BUCKETS.find((b) => b.host.test(host));
  if (gcs) urls.push(`https://storage.googleapis.com/${gcs.bucket}/${path}`);
  return urls;
}
