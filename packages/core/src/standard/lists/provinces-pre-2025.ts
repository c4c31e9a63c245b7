import type { CodeEntry, CodeList } from '../code-list';

/**
 * The 63 provincial-level units in force until 30/6/2025, with the unit of
 * the 2025 list each one became part of (replacedBy, one code each: no old
 * province was split).
 * Sources: codes per Decision 124/2004/QĐ-TTg as amended (Hà Tây merged into
 * Hà Nội in 2008, no code change for Hà Nội); mergers per Resolution
 * 202/2025/QH15, effective 1/7/2025; new codes per Decision 19/2025/QĐ-TTg (?).
 * Still needed after the merger: the first three digits of a personal id
 * (CCCD) are "0" + these codes, and records before 1/7/2025 use them.
 * Thừa Thiên Huế became "Thành phố Huế" on 1/1/2025 (Resolution
 * 1314/NQ-UBTVQH15 (?)) with the same code; both names are kept.
 */
const UNTIL = '2025-06-30';

/** [old code, Vietnamese name, English name, new code, extra aliases]. */
type Row = readonly [string, string, string, string, (readonly string[])?];

const ROWS: readonly Row[] = [
  // Unchanged in 2025: each maps to itself.
  ['01', 'Thành phố Hà Nội', 'Ha Noi City', '01', ['TP Hà Nội', 'TP. Hà Nội', 'Hanoi']],
  ['04', 'Tỉnh Cao Bằng', 'Cao Bang Province', '04'],
  ['11', 'Tỉnh Điện Biên', 'Dien Bien Province', '11'],
  ['12', 'Tỉnh Lai Châu', 'Lai Chau Province', '12'],
  ['14', 'Tỉnh Sơn La', 'Son La Province', '14'],
  ['20', 'Tỉnh Lạng Sơn', 'Lang Son Province', '20'],
  ['22', 'Tỉnh Quảng Ninh', 'Quang Ninh Province', '22'],
  ['38', 'Tỉnh Thanh Hóa', 'Thanh Hoa Province', '38', ['Thanh Hoá', 'Tỉnh Thanh Hoá']],
  ['40', 'Tỉnh Nghệ An', 'Nghe An Province', '40'],
  ['42', 'Tỉnh Hà Tĩnh', 'Ha Tinh Province', '42'],
  ['46', 'Tỉnh Thừa Thiên Huế', 'Thua Thien Hue Province', '46', ['Thành phố Huế', 'Huế', 'TP Huế']],
  // Hà Giang + Tuyên Quang → Tuyên Quang (08)
  ['02', 'Tỉnh Hà Giang', 'Ha Giang Province', '08'],
  ['08', 'Tỉnh Tuyên Quang', 'Tuyen Quang Province', '08'],
  // Lào Cai + Yên Bái → Lào Cai (15)
  ['10', 'Tỉnh Lào Cai', 'Lao Cai Province', '15'],
  ['15', 'Tỉnh Yên Bái', 'Yen Bai Province', '15'],
  // Bắc Kạn + Thái Nguyên → Thái Nguyên (19)
  ['06', 'Tỉnh Bắc Kạn', 'Bac Kan Province', '19', ['Bắc Cạn']],
  ['19', 'Tỉnh Thái Nguyên', 'Thai Nguyen Province', '19'],
  // Vĩnh Phúc + Hòa Bình + Phú Thọ → Phú Thọ (25)
  ['17', 'Tỉnh Hòa Bình', 'Hoa Binh Province', '25', ['Hoà Bình', 'Tỉnh Hoà Bình']],
  ['25', 'Tỉnh Phú Thọ', 'Phu Tho Province', '25'],
  ['26', 'Tỉnh Vĩnh Phúc', 'Vinh Phuc Province', '25'],
  // Bắc Giang + Bắc Ninh → Bắc Ninh (24)
  ['24', 'Tỉnh Bắc Giang', 'Bac Giang Province', '24'],
  ['27', 'Tỉnh Bắc Ninh', 'Bac Ninh Province', '24'],
  // Hải Dương + Hải Phòng → Hải Phòng (31)
  ['30', 'Tỉnh Hải Dương', 'Hai Duong Province', '31'],
  ['31', 'Thành phố Hải Phòng', 'Hai Phong City', '31', ['TP Hải Phòng', 'TP. Hải Phòng']],
  // Hưng Yên + Thái Bình → Hưng Yên (33)
  ['33', 'Tỉnh Hưng Yên', 'Hung Yen Province', '33'],
  ['34', 'Tỉnh Thái Bình', 'Thai Binh Province', '33'],
  // Hà Nam + Nam Định + Ninh Bình → Ninh Bình (37)
  ['35', 'Tỉnh Hà Nam', 'Ha Nam Province', '37'],
  ['36', 'Tỉnh Nam Định', 'Nam Dinh Province', '37'],
  ['37', 'Tỉnh Ninh Bình', 'Ninh Binh Province', '37'],
  // Quảng Bình + Quảng Trị → Quảng Trị (44)
  ['44', 'Tỉnh Quảng Bình', 'Quang Binh Province', '44'],
  ['45', 'Tỉnh Quảng Trị', 'Quang Tri Province', '44'],
  // Quảng Nam + Đà Nẵng → Đà Nẵng (48)
  ['48', 'Thành phố Đà Nẵng', 'Da Nang City', '48', ['TP Đà Nẵng', 'TP. Đà Nẵng']],
  ['49', 'Tỉnh Quảng Nam', 'Quang Nam Province', '48'],
  // Kon Tum + Quảng Ngãi → Quảng Ngãi (51)
  ['51', 'Tỉnh Quảng Ngãi', 'Quang Ngai Province', '51'],
  ['62', 'Tỉnh Kon Tum', 'Kon Tum Province', '51'],
  // Gia Lai + Bình Định → Gia Lai (52)
  ['52', 'Tỉnh Bình Định', 'Binh Dinh Province', '52'],
  ['64', 'Tỉnh Gia Lai', 'Gia Lai Province', '52'],
  // Ninh Thuận + Khánh Hòa → Khánh Hòa (56)
  ['56', 'Tỉnh Khánh Hòa', 'Khanh Hoa Province', '56', ['Khánh Hoà', 'Tỉnh Khánh Hoà']],
  ['58', 'Tỉnh Ninh Thuận', 'Ninh Thuan Province', '56'],
  // Phú Yên + Đắk Lắk → Đắk Lắk (66)
  ['54', 'Tỉnh Phú Yên', 'Phu Yen Province', '66'],
  ['66', 'Tỉnh Đắk Lắk', 'Dak Lak Province', '66', ['Đăk Lăk']],
  // Lâm Đồng + Đắk Nông + Bình Thuận → Lâm Đồng (68)
  ['60', 'Tỉnh Bình Thuận', 'Binh Thuan Province', '68'],
  ['67', 'Tỉnh Đắk Nông', 'Dak Nong Province', '68', ['Đăk Nông']],
  ['68', 'Tỉnh Lâm Đồng', 'Lam Dong Province', '68'],
  // Bình Phước + Đồng Nai → Đồng Nai (75)
  ['70', 'Tỉnh Bình Phước', 'Binh Phuoc Province', '75'],
  ['75', 'Tỉnh Đồng Nai', 'Dong Nai Province', '75'],
  // Bình Dương + Bà Rịa - Vũng Tàu + TP Hồ Chí Minh → TP Hồ Chí Minh (79)
  ['74', 'Tỉnh Bình Dương', 'Binh Duong Province', '79'],
  ['77', 'Tỉnh Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau Province', '79', ['Bà Rịa-Vũng Tàu', 'BR-VT']],
  ['79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', '79', ['TP Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM']],
  // Tây Ninh + Long An → Tây Ninh (80)
  ['72', 'Tỉnh Tây Ninh', 'Tay Ninh Province', '80'],
  ['80', 'Tỉnh Long An', 'Long An Province', '80'],
  // Tiền Giang + Đồng Tháp → Đồng Tháp (82)
  ['82', 'Tỉnh Tiền Giang', 'Tien Giang Province', '82'],
  ['87', 'Tỉnh Đồng Tháp', 'Dong Thap Province', '82'],
  // Bến Tre + Vĩnh Long + Trà Vinh → Vĩnh Long (86)
  ['83', 'Tỉnh Bến Tre', 'Ben Tre Province', '86'],
  ['84', 'Tỉnh Trà Vinh', 'Tra Vinh Province', '86'],
  ['86', 'Tỉnh Vĩnh Long', 'Vinh Long Province', '86'],
  // An Giang + Kiên Giang → An Giang (91)
  ['89', 'Tỉnh An Giang', 'An Giang Province', '91'],
  ['91', 'Tỉnh Kiên Giang', 'Kien Giang Province', '91'],
  // Cần Thơ + Hậu Giang + Sóc Trăng → Cần Thơ (92)
  ['92', 'Thành phố Cần Thơ', 'Can Tho City', '92', ['TP Cần Thơ', 'TP. Cần Thơ']],
  ['93', 'Tỉnh Hậu Giang', 'Hau Giang Province', '92'],
  ['94', 'Tỉnh Sóc Trăng', 'Soc Trang Province', '92'],
  // Bạc Liêu + Cà Mau → Cà Mau (96)
  ['95', 'Tỉnh Bạc Liêu', 'Bac Lieu Province', '96'],
  ['96', 'Tỉnh Cà Mau', 'Ca Mau Province', '96'],
];

/** The bare name ("Hà Giang") is how most files write it. */
function shortName(labelVi: string): string {
  return labelVi.replace(/^(Tỉnh|Thành phố) /, '');
}

function toEntry([code, labelVi, labelEn, newCode, extra = []]: Row): CodeEntry {
  return {
    code,
    labelVi,
    labelEn,
    aliases: [shortName(labelVi), ...extra],
    validTo: UNTIL,
    replacedBy: [newCode],
  };
}

export const PROVINCES_PRE_2025: CodeList<'province-pre-2025'> = {
  id: 'province-pre-2025',
  version: '2025.1',
  source:
    'Decision 124/2004/QĐ-TTg as amended (codes); Resolution 202/2025/QH15 (mergers); Decision 19/2025/QĐ-TTg (new codes) (?)',
  entries: [...ROWS].sort((a, b) => a[0].localeCompare(b[0])).map(toEntry),
};
