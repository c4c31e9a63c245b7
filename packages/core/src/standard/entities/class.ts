import { FIELD_LENGTHS, schoolIdField } from './common-fields';
import type { EntitySpec } from './field';

/**
 * Class (lớp học) of one school year (Circular 42/2021/TT-BGDĐT). The grade
 * links a class to its level and expected ages (grades.ts).
 */
export const CLASS: EntitySpec = {
  id: 'class',
  labelVi: 'Lớp học',
  labelEn: 'Class',
  identifier: 'classCode',
  fields: [
    schoolIdField,
    {
      key: 'classCode',
      labelVi: 'Mã lớp',
      labelEn: 'Class code',
      type: 'string',
      maxLength: FIELD_LENGTHS.classCode,
      required: true,
      exportHeaderVi: 'Mã lớp',
      headerAliases: ['Mã lớp học'],
    },
    {
      key: 'className',
      labelVi: 'Tên lớp',
      labelEn: 'Class name',
      type: 'string',
      maxLength: 50,
      required: true,
      exportHeaderVi: 'Tên lớp',
      headerAliases: ['Lớp'],
    },
    {
      key: 'schoolYear',
      labelVi: 'Năm học',
      labelEn: 'School year',
      type: 'string',
      maxLength: 9,
      required: true,
      exportHeaderVi: 'Năm học',
    },
    {
      key: 'grade',
      labelVi: 'Khối lớp',
      labelEn: 'Grade',
      type: 'integer',
      required: true,
      exportHeaderVi: 'Khối',
      headerAliases: ['Khối lớp', 'Khối học'],
    },
    {
      key: 'siteCode',
      labelVi: 'Mã điểm trường',
      labelEn: 'Site code',
      type: 'string',
      maxLength: FIELD_LENGTHS.siteCode,
      required: false,
      exportHeaderVi: 'Mã điểm trường',
      headerAliases: ['Điểm trường'],
    },
    {
      key: 'homeroomTeacherId',
      labelVi: 'Mã giáo viên chủ nhiệm',
      labelEn: 'Homeroom teacher id',
      type: 'string',
      maxLength: FIELD_LENGTHS.staffId,
      required: false,
      exportHeaderVi: 'Mã giáo viên chủ nhiệm',
      headerAliases: ['GVCN', 'Giáo viên chủ nhiệm', 'Mã GVCN'],
    },
    {
      key: 'isCombinedClass',
      labelVi: 'Lớp ghép',
      labelEn: 'Combined-grade class',
      type: 'boolean',
      required: false,
      exportHeaderVi: 'Lớp ghép',
      headerAliases: ['Là lớp ghép'],
    },
    {
      key: 'fullDay',
      labelVi: 'Học 2 buổi/ngày',
      labelEn: 'Full-day schooling',
      type: 'boolean',
      required: false,
      exportHeaderVi: 'Học 2 buổi/ngày',
      headerAliases: ['Lớp 2 buổi/ngày', 'Học hai buổi/ngày'],
    },
  ],
};
