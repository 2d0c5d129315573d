import { param, type Handler } from '../app';
import { notFound } from '../http';

/**
 * `GET /assetsdevhandler/<entity_type>/<entity_id>/assets/<asset_type>/<filename>`: the dev-server
 * asset URL of AssetsBackendApiService (IMAGE_DOWNLOAD_URL_TEMPLATE with DEV_MODE; production reads
 * the same path from the GCS bucket). Files come from the content's assets folder. An exploration
 * image that is missing answers 404; a missing thumbnail or classroom picture gets a plain
 * placeholder, because the content format does not ship those files.
 */
export const asset: Handler = async (ctx, app) => {
  const entityType = param(ctx, 'entity_type');
  const assetType = param(ctx, 'asset_type');
  const file = await app.catalog.content.assets.read(
    entityType,
    param(ctx, 'entity_id'),
    assetType,
    param(ctx, 'filename'),
  );
  if (file) return { kind: 'file', status: 200, contentType: file.contentType, body: file.body };
  if (entityType === 'exploration' && assetType !== 'thumbnail') return notFound(ctx);
  return { kind: 'file', status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG };
};

const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90">' +
  '<rect width="160" height="90" fill="#E8EEF3"/><circle cx="80" cy="45" r="18" fill="#B3D8F1"/></svg>';
