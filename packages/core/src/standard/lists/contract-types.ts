import type { CodeList } from '../code-list';

/**
 * Employment form of school staff. Public-employee contracts per the Law on
 * Public Employees 58/2010/QH12 (amended 2019) Art. 25; labour contracts for
 * support work per Decree 111/2022/NĐ-CP, which replaced the "Decree 68"
 * contracts (Decree 68/2000/NĐ-CP, Decree 161/2018/NĐ-CP) from 30/12/2022 (?).
 * Codes are EduShield-defined (?).
 */
export const CONTRACT_TYPES: CodeList<'contract-type'> = {
  id: 'contract-type',
  version: '2025.1',
  source:
    'Law 58/2010/QH12 Art. 25; Labour Code 45/2019/QH14; Decree 111/2022/NĐ-CP (?); codes EduShield-defined (?)',
  entries: [
    {
      code: '01',
      labelVi: 'Hợp đồng làm việc không xác định thời hạn',
      labelEn: 'Open-ended public-employee contract',
      aliases: ['Biên chế', 'Viên chức', 'HĐLV không xác định thời hạn', 'Không xác định thời hạn'],
    },
    {
      code: '02',
      labelVi: 'Hợp đồng làm việc xác định thời hạn',
      labelEn: 'Fixed-term public-employee contract',
      aliases: ['HĐLV xác định thời hạn', 'Xác định thời hạn'],
    },
    { code: '03', labelVi: 'Tập sự', labelEn: 'Probationary public employee', aliases: ['Viên chức tập sự'] },
    {
      code: '04',
      labelVi: 'Hợp đồng lao động',
      labelEn: 'Labour contract',
      aliases: ['HĐLĐ', 'Hợp đồng 111', 'Hợp đồng theo Nghị định 111'],
    },
    {
      code: '05',
      labelVi: 'Hợp đồng theo Nghị định 68/2000/NĐ-CP',
      labelEn: 'Contract under Decree 68/2000 (repealed)',
      aliases: ['Hợp đồng 68', 'HĐ 68', 'Hợp đồng theo Nghị định 68'],
      validTo: '2022-12-29',
      replacedBy: ['04'],
    },
    {
      code: '06',
      labelVi: 'Hợp đồng thỉnh giảng',
      labelEn: 'Visiting teacher contract',
      aliases: ['Thỉnh giảng', 'Giáo viên thỉnh giảng'],
    },
    { code: '99', labelVi: 'Hình thức khác', labelEn: 'Other', aliases: ['Khác'] },
  ],
};
