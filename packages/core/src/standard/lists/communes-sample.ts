import type { Commune } from '../communes';

/**
 * SAMPLE ONLY, for tests and demos: a few of the 126 commune-level units of
 * Thành phố Hà Nội from 1/7/2025 (Resolution 1656/NQ-UBTVQH15 (?)). Codes
 * per Decision 19/2025/QĐ-TTg as copied in the community dataset
 * thanglequoc/vietnamese-provinces-database (?): verify against the official
 * list before relying on them. Load the full national list with loadCommunes.
 */
export const COMMUNES_SAMPLE_HA_NOI: readonly Commune[] = [
  { code: '00004', name: 'Phường Ba Đình', provinceCode: '01', type: 'phuong' },
  { code: '00008', name: 'Phường Ngọc Hà', provinceCode: '01', type: 'phuong' },
  { code: '00025', name: 'Phường Giảng Võ', provinceCode: '01', type: 'phuong' },
  { code: '00070', name: 'Phường Hoàn Kiếm', provinceCode: '01', type: 'phuong' },
  { code: '00082', name: 'Phường Cửa Nam', provinceCode: '01', type: 'phuong' },
  { code: '00103', name: 'Phường Tây Hồ', provinceCode: '01', type: 'phuong' },
  { code: '00166', name: 'Phường Cầu Giấy', provinceCode: '01', type: 'phuong' },
  { code: '00226', name: 'Phường Văn Miếu - Quốc Tử Giám', provinceCode: '01', type: 'phuong' },
  { code: '00235', name: 'Phường Đống Đa', provinceCode: '01', type: 'phuong' },
  { code: '00256', name: 'Phường Hai Bà Trưng', provinceCode: '01', type: 'phuong' },
  { code: '09556', name: 'Phường Hà Đông', provinceCode: '01', type: 'phuong' },
  { code: '09574', name: 'Phường Sơn Tây', provinceCode: '01', type: 'phuong' },
  { code: '00376', name: 'Xã Sóc Sơn', provinceCode: '01', type: 'xa' },
  { code: '00577', name: 'Xã Bát Tràng', provinceCode: '01', type: 'xa' },
  { code: '09700', name: 'Xã Ba Vì', provinceCode: '01', type: 'xa' },
  { code: '10489', name: 'Xã Hương Sơn', provinceCode: '01', type: 'xa' },
];
