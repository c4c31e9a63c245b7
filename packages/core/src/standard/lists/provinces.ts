import type { CodeList } from '../code-list';

/**
 * The 34 provincial-level units in force from 1/7/2025.
 * Source: Resolution 202/2025/QH15 (12/6/2025) on the rearrangement of
 * provincial-level units; codes per Decision 19/2025/QĐ-TTg (list of
 * administrative unit codes) (?). Each merged province kept the 2-digit code
 * of one of its predecessors, so the codes overlap with the pre-2025 list:
 * never mix the two lists without a date. Names cross-checked against the
 * community dataset thanglequoc/vietnamese-provinces-database (?).
 * Short names and "TP." forms are aliases because real files use them.
 */
const FROM = '2025-07-01';

export const PROVINCES: CodeList<'province'> = {
  id: 'province',
  version: '2025.1',
  source: 'Resolution 202/2025/QH15; Decision 19/2025/QĐ-TTg (?)',
  entries: [
    {
      code: '01',
      labelVi: 'Thành phố Hà Nội',
      labelEn: 'Ha Noi City',
      aliases: ['Hà Nội', 'TP Hà Nội', 'TP. Hà Nội', 'Hanoi'],
      validFrom: FROM,
    },
    {
      code: '04',
      labelVi: 'Tỉnh Cao Bằng',
      labelEn: 'Cao Bang Province',
      aliases: ['Cao Bằng'],
      validFrom: FROM,
    },
    {
      code: '08',
      labelVi: 'Tỉnh Tuyên Quang',
      labelEn: 'Tuyen Quang Province',
      aliases: ['Tuyên Quang'],
      validFrom: FROM,
    },
    {
      code: '11',
      labelVi: 'Tỉnh Điện Biên',
      labelEn: 'Dien Bien Province',
      aliases: ['Điện Biên'],
      validFrom: FROM,
    },
    {
      code: '12',
      labelVi: 'Tỉnh Lai Châu',
      labelEn: 'Lai Chau Province',
      aliases: ['Lai Châu'],
      validFrom: FROM,
    },
    { code: '14', labelVi: 'Tỉnh Sơn La', labelEn: 'Son La Province', aliases: ['Sơn La'], validFrom: FROM },
    {
      code: '15',
      labelVi: 'Tỉnh Lào Cai',
      labelEn: 'Lao Cai Province',
      aliases: ['Lào Cai'],
      validFrom: FROM,
    },
    {
      code: '19',
      labelVi: 'Tỉnh Thái Nguyên',
      labelEn: 'Thai Nguyen Province',
      aliases: ['Thái Nguyên'],
      validFrom: FROM,
    },
    {
      code: '20',
      labelVi: 'Tỉnh Lạng Sơn',
      labelEn: 'Lang Son Province',
      aliases: ['Lạng Sơn'],
      validFrom: FROM,
    },
    {
      code: '22',
      labelVi: 'Tỉnh Quảng Ninh',
      labelEn: 'Quang Ninh Province',
      aliases: ['Quảng Ninh'],
      validFrom: FROM,
    },
    {
      code: '24',
      labelVi: 'Tỉnh Bắc Ninh',
      labelEn: 'Bac Ninh Province',
      aliases: ['Bắc Ninh'],
      validFrom: FROM,
    },
    {
      code: '25',
      labelVi: 'Tỉnh Phú Thọ',
      labelEn: 'Phu Tho Province',
      aliases: ['Phú Thọ'],
      validFrom: FROM,
    },
    {
      code: '31',
      labelVi: 'Thành phố Hải Phòng',
      labelEn: 'Hai Phong City',
      aliases: ['Hải Phòng', 'TP Hải Phòng', 'TP. Hải Phòng'],
      validFrom: FROM,
    },
    {
      code: '33',
      labelVi: 'Tỉnh Hưng Yên',
      labelEn: 'Hung Yen Province',
      aliases: ['Hưng Yên'],
      validFrom: FROM,
    },
    {
      code: '37',
      labelVi: 'Tỉnh Ninh Bình',
      labelEn: 'Ninh Binh Province',
      aliases: ['Ninh Bình'],
      validFrom: FROM,
    },
    {
      code: '38',
      labelVi: 'Tỉnh Thanh Hóa',
      labelEn: 'Thanh Hoa Province',
      aliases: ['Thanh Hóa', 'Thanh Hoá', 'Tỉnh Thanh Hoá'],
      validFrom: FROM,
    },
    {
      code: '40',
      labelVi: 'Tỉnh Nghệ An',
      labelEn: 'Nghe An Province',
      aliases: ['Nghệ An'],
      validFrom: FROM,
    },
    {
      code: '42',
      labelVi: 'Tỉnh Hà Tĩnh',
      labelEn: 'Ha Tinh Province',
      aliases: ['Hà Tĩnh'],
      validFrom: FROM,
    },
    {
      code: '44',
      labelVi: 'Tỉnh Quảng Trị',
      labelEn: 'Quang Tri Province',
      aliases: ['Quảng Trị'],
      validFrom: FROM,
    },
    {
      code: '46',
      labelVi: 'Thành phố Huế',
      labelEn: 'Hue City',
      aliases: ['Huế', 'TP Huế', 'TP. Huế', 'Thừa Thiên Huế'],
      validFrom: FROM,
    },
    {
      code: '48',
      labelVi: 'Thành phố Đà Nẵng',
      labelEn: 'Da Nang City',
      aliases: ['Đà Nẵng', 'TP Đà Nẵng', 'TP. Đà Nẵng'],
      validFrom: FROM,
    },
    {
      code: '51',
      labelVi: 'Tỉnh Quảng Ngãi',
      labelEn: 'Quang Ngai Province',
      aliases: ['Quảng Ngãi'],
      validFrom: FROM,
    },
    {
      code: '52',
      labelVi: 'Tỉnh Gia Lai',
      labelEn: 'Gia Lai Province',
      aliases: ['Gia Lai'],
      validFrom: FROM,
    },
    {
      code: '56',
      labelVi: 'Tỉnh Khánh Hòa',
      labelEn: 'Khanh Hoa Province',
      aliases: ['Khánh Hòa', 'Khánh Hoà', 'Tỉnh Khánh Hoà'],
      validFrom: FROM,
    },
    {
      code: '66',
      labelVi: 'Tỉnh Đắk Lắk',
      labelEn: 'Dak Lak Province',
      aliases: ['Đắk Lắk', 'Đăk Lăk'],
      validFrom: FROM,
    },
    {
      code: '68',
      labelVi: 'Tỉnh Lâm Đồng',
      labelEn: 'Lam Dong Province',
      aliases: ['Lâm Đồng'],
      validFrom: FROM,
    },
    {
      code: '75',
      labelVi: 'Tỉnh Đồng Nai',
      labelEn: 'Dong Nai Province',
      aliases: ['Đồng Nai'],
      validFrom: FROM,
    },
    {
      code: '79',
      labelVi: 'Thành phố Hồ Chí Minh',
      labelEn: 'Ho Chi Minh City',
      aliases: ['Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'TPHCM'],
      validFrom: FROM,
    },
    {
      code: '80',
      labelVi: 'Tỉnh Tây Ninh',
      labelEn: 'Tay Ninh Province',
      aliases: ['Tây Ninh'],
      validFrom: FROM,
    },
    {
      code: '82',
      labelVi: 'Tỉnh Đồng Tháp',
      labelEn: 'Dong Thap Province',
      aliases: ['Đồng Tháp'],
      validFrom: FROM,
    },
    {
      code: '86',
      labelVi: 'Tỉnh Vĩnh Long',
      labelEn: 'Vinh Long Province',
      aliases: ['Vĩnh Long'],
      validFrom: FROM,
    },
    {
      code: '91',
      labelVi: 'Tỉnh An Giang',
      labelEn: 'An Giang Province',
      aliases: ['An Giang'],
      validFrom: FROM,
    },
    {
      code: '92',
      labelVi: 'Thành phố Cần Thơ',
      labelEn: 'Can Tho City',
      aliases: ['Cần Thơ', 'TP Cần Thơ', 'TP. Cần Thơ'],
      validFrom: FROM,
    },
    { code: '96', labelVi: 'Tỉnh Cà Mau', labelEn: 'Ca Mau Province', aliases: ['Cà Mau'], validFrom: FROM },
  ],
};
