import type { CodeEntry, CodeList } from '../code-list';

/**
 * The 54 ethnic groups of Vietnam with their official codes 01–54.
 * Source: Decision 121-TCTK/PPCĐ (2/3/1979) of the General Statistics Office,
 * "Danh mục các thành phần dân tộc Việt Nam", reused by the education data
 * standard (Decision 4998/QĐ-BGDĐT) (?). Code order and the ending
 * "53 Ơ Đu, 54 Rơ Măm" cross-checked against a public copy of the GSO table
 * (Thanhnt237/TTHubClient src/assets/religion.ts) (?): an early brief said
 * "54 Ơ Đu", which we believe is wrong; confirm with the GSO original.
 * labelVi keeps the 1979 hyphenated spelling; aliases hold the spellings seen
 * in school files (Khmer, Mông, H'Mông, Ba Na, Xơ Đăng...). Ethnicity is
 * sensitive personal data (Decree 13/2023/NĐ-CP; Law 91/2025/QH15).
 */
type Row = readonly [string, string, string, (readonly string[])?];

const ROWS: readonly Row[] = [
  ['01', 'Kinh', 'Kinh', ['Việt']],
  ['02', 'Tày', 'Tay'],
  ['03', 'Thái', 'Thai'],
  ['04', 'Hoa', 'Hoa (Chinese)', ['Hán']],
  ['05', 'Khơ-me', 'Khmer', ['Khmer', 'Khơ me', 'Khơme', 'Khơ-me Krôm']],
  ['06', 'Mường', 'Muong'],
  ['07', 'Nùng', 'Nung'],
  ['08', 'HMông', 'Hmong', ['Mông', "H'Mông", 'H’Mông', 'Hmông', 'H Mông', 'Mèo']],
  ['09', 'Dao', 'Dao (Yao)'],
  ['10', 'Gia-rai', 'Gia Rai (Jarai)', ['Gia Rai', 'Giarai', 'Jrai']],
  ['11', 'Ngái', 'Ngai'],
  ['12', 'Ê-đê', 'E De (Rhade)', ['Ê Đê', 'Êđê', 'Ra-đê']],
  ['13', 'Ba-na', 'Ba Na (Bahnar)', ['Ba Na', 'Bana', 'Ba-Na']],
  ['14', 'Xơ-Đăng', 'Xo Dang (Sedang)', ['Xơ Đăng', 'Xơđăng', 'Xê Đăng']],
  ['15', 'Sán Chay', 'San Chay', ['Sán Chay (Cao Lan - Sán Chỉ)', 'Cao Lan', 'Sán Chỉ']],
  ['16', 'Cơ-ho', 'Co Ho (Koho)', ['Cơ Ho', 'Cơho', 'K’Ho', "K'Ho"]],
  ['17', 'Chăm', 'Cham', ['Chàm']],
  ['18', 'Sán Dìu', 'San Diu'],
  ['19', 'Hrê', 'Hre', ["H'rê", 'H’rê']],
  ['20', 'Mnông', 'Mnong', ["M'Nông", 'M’Nông', 'Mơ Nông']],
  ['21', 'Ra-glai', 'Ra Glai (Raglai)', ['Ra Glai', 'Raglai', 'Ra-Glai']],
  ['22', 'Xtiêng', 'Xtieng (Stieng)', ["X'tiêng", 'X’tiêng', 'Xa Điêng']],
  ['23', 'Bru-Vân Kiều', 'Bru - Van Kieu', ['Bru - Vân Kiều', 'Vân Kiều', 'Bru Vân Kiều']],
  ['24', 'Thổ', 'Tho'],
  ['25', 'Giáy', 'Giay'],
  ['26', 'Cơ-tu', 'Co Tu (Katu)', ['Cơ Tu', 'Cơtu', 'Ca Tu']],
  ['27', 'Gié-Triêng', 'Gie Trieng', ['Gié Triêng', 'Gié - Triêng', 'Giẻ Triêng']],
  ['28', 'Mạ', 'Ma'],
  ['29', 'Khơ-mú', 'Kho Mu (Khmu)', ['Khơ Mú', 'Khơmú', 'Khmu']],
  ['30', 'Co', 'Co'],
  ['31', 'Tà-ôi', 'Ta Oi', ['Tà Ôi', 'Pa Cô']],
  ['32', 'Chơ-ro', 'Cho Ro', ['Chơ Ro', 'Chơro', 'Châu Ro']],
  ['33', 'Kháng', 'Khang'],
  ['34', 'Xinh-mun', 'Xinh Mun', ['Xinh Mun', 'Xinhmun']],
  ['35', 'Hà Nhì', 'Ha Nhi'],
  ['36', 'Chu-ru', 'Chu Ru', ['Chu Ru', 'Churu', 'Chu ru']],
  ['37', 'Lào', 'Lao'],
  ['38', 'La Chí', 'La Chi'],
  ['39', 'La Ha', 'La Ha'],
  ['40', 'Phù Lá', 'Phu La'],
  ['41', 'La Hủ', 'La Hu'],
  ['42', 'Lự', 'Lu'],
  ['43', 'Lô Lô', 'Lo Lo'],
  ['44', 'Chứt', 'Chut'],
  ['45', 'Mảng', 'Mang'],
  ['46', 'Pà Thẻn', 'Pa Then'],
  ['47', 'Co Lao', 'Co Lao', ['Cờ Lao']],
  ['48', 'Cống', 'Cong'],
  ['49', 'Bố Y', 'Bo Y'],
  ['50', 'Si La', 'Si La'],
  ['51', 'Pu Péo', 'Pu Peo'],
  ['52', 'Brâu', 'Brau', ['Brao']],
  ['53', 'Ơ Đu', 'O Du', ['Ơ-đu', 'Tày Hạt']],
  ['54', 'Rơ Măm', 'Ro Mam', ['Rơ-măm', 'Rơmăm']],
];

function toEntry([code, labelVi, labelEn, aliases]: Row): CodeEntry {
  return aliases ? { code, labelVi, labelEn, aliases } : { code, labelVi, labelEn };
}

export const ETHNICITIES: CodeList<'ethnicity'> = {
  id: 'ethnicity',
  version: '2025.1',
  source: 'Decision 121-TCTK/PPCĐ (1979), GSO list of ethnic groups; via Decision 4998/QĐ-BGDĐT (?)',
  entries: ROWS.map(toEntry),
};
