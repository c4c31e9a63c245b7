import { FIELD_LENGTHS, schoolIdField } from './common-fields';
import type { EntitySpec } from './field';

/**
 * Satellite site (điểm trường): a school's main site and its other sites
 * (Circular 42/2021/TT-BGDĐT, network database). Classes are held at a site,
 * which matters for reporting combined classes in remote areas.
 */
export const SATELLITE_SITE: EntitySpec = {
  id: 'satelliteSite',
  labelVi: 'Điểm trường',
  labelEn: 'School site',
  identifier: 'siteCode',
  fields: [
    schoolIdField,
    {
      key: 'siteCode',
      labelVi: 'Mã điểm trường',
      labelEn: 'Site code',
      type: 'string',
      maxLength: FIELD_LENGTHS.siteCode,
      required: true,
      exportHeaderVi: 'Mã điểm trường',
    },
    {
      key: 'name',
      labelVi: 'Tên điểm trường',
      labelEn: 'Site name',
      type: 'string',
      maxLength: 200,
      required: true,
      exportHeaderVi: 'Tên điểm trường',
      headerAliases: ['Điểm trường'],
    },
    {
      key: 'isMainSite',
      labelVi: 'Là điểm trường chính',
      labelEn: 'Main site',
      type: 'boolean',
      required: true,
      exportHeaderVi: 'Điểm trường chính',
      headerAliases: ['Là điểm trường chính', 'Điểm chính'],
    },
    {
      key: 'communeCode',
      labelVi: 'Xã/phường',
      labelEn: 'Commune',
      type: 'code',
      codeList: 'commune',
      required: false,
      exportHeaderVi: 'Xã/Phường',
      headerAliases: ['Mã xã'],
    },
    {
      key: 'address',
      labelVi: 'Địa chỉ',
      labelEn: 'Address',
      type: 'string',
      maxLength: FIELD_LENGTHS.address,
      required: false,
      exportHeaderVi: 'Địa chỉ',
    },
    {
      key: 'distanceToMainSiteKm',
      labelVi: 'Khoảng cách đến điểm trường chính (km)',
      labelEn: 'Distance to the main site (km)',
      type: 'integer',
      required: false,
      exportHeaderVi: 'Khoảng cách đến điểm trường chính (km)',
      headerAliases: ['Khoảng cách (km)', 'Khoảng cách đến trường chính'],
    },
  ],
};
