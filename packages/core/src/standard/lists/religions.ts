import type { CodeList } from '../code-list';

/**
 * Religions recognised in Vietnam (16, as reported by the Government
 * Committee for Religious Affairs, 2023) (?), plus "none" and "other".
 * Official numeric codes from Decision 4998/QĐ-BGDĐT were not available to
 * us: these codes are our own stable codes (?) and must be mapped if the
 * official ones differ. Religion is sensitive personal data
 * (Decree 13/2023/NĐ-CP; Law 91/2025/QH15).
 */
export const RELIGIONS: CodeList<'religion'> = {
  id: 'religion',
  version: '2025.1',
  source:
    'Government Committee for Religious Affairs: 16 recognised religions (?); codes are EduShield-defined (?)',
  entries: [
    { code: '00', labelVi: 'Không', labelEn: 'None', aliases: ['Không tôn giáo', 'Không theo tôn giáo'] },
    { code: '01', labelVi: 'Phật giáo', labelEn: 'Buddhism', aliases: ['Đạo Phật'] },
    {
      code: '02',
      labelVi: 'Công giáo',
      labelEn: 'Catholicism',
      aliases: ['Thiên Chúa giáo', 'Đạo Thiên Chúa'],
    },
    { code: '03', labelVi: 'Tin lành', labelEn: 'Protestantism', aliases: ['Đạo Tin lành'] },
    { code: '04', labelVi: 'Cao Đài', labelEn: 'Caodaism', aliases: ['Đạo Cao Đài'] },
    {
      code: '05',
      labelVi: 'Phật giáo Hòa Hảo',
      labelEn: 'Hoa Hao Buddhism',
      aliases: ['Phật giáo Hoà Hảo', 'Hòa Hảo'],
    },
    { code: '06', labelVi: 'Hồi giáo', labelEn: 'Islam', aliases: ['Islam'] },
    {
      code: '07',
      labelVi: 'Tôn giáo Baha’i',
      labelEn: 'Baháʼí Faith',
      aliases: ["Baha'i", 'Baha’i', 'Bahá’í'],
    },
    {
      code: '08',
      labelVi: 'Tịnh độ Cư sĩ Phật hội Việt Nam',
      labelEn: 'Pure Land Buddhist Home Practice Association',
      aliases: ['Tịnh độ cư sĩ'],
    },
    {
      code: '09',
      labelVi: 'Cơ đốc Phục lâm',
      labelEn: 'Seventh-day Adventist',
      aliases: ['Cơ đốc Phục lâm Việt Nam'],
    },
    {
      code: '10',
      labelVi: 'Phật giáo Tứ Ân Hiếu Nghĩa',
      labelEn: 'Tu An Hieu Nghia Buddhism',
      aliases: ['Tứ Ân Hiếu Nghĩa'],
    },
    { code: '11', labelVi: 'Bửu Sơn Kỳ Hương', labelEn: 'Buu Son Ky Huong' },
    { code: '12', labelVi: 'Minh Sư đạo', labelEn: 'Minh Su Dao' },
    {
      code: '13',
      labelVi: 'Minh Lý đạo - Tam Tông Miếu',
      labelEn: 'Minh Ly Dao - Tam Tong Mieu',
      aliases: ['Minh Lý đạo'],
    },
    {
      code: '14',
      labelVi: 'Bà-la-môn',
      labelEn: 'Brahmanism (Cham)',
      aliases: ['Bà La Môn', 'Chăm Bà-la-môn'],
    },
    {
      code: '15',
      labelVi: 'Các Thánh hữu Ngày sau của Chúa Giê-su Ky-tô',
      labelEn: 'The Church of Jesus Christ of Latter-day Saints',
      aliases: ['Mặc Môn', 'Mormon'],
    },
    { code: '16', labelVi: 'Phật giáo Hiếu Nghĩa Tà Lơn', labelEn: 'Hieu Nghia Ta Lon Buddhism' },
    { code: '99', labelVi: 'Tôn giáo khác', labelEn: 'Other religion', aliases: ['Khác'] },
  ],
};
