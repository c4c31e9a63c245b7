import { currentAddressField, emailField, FIELD_LENGTHS, personalIdField, phoneField } from './common-fields';
import type { EntitySpec } from './field';

/**
 * Parent or guardian of a learner. Their contacts are personal data of an
 * adult who did not enter the system themselves: encrypted at rest and shown
 * only to staff who need them. The guardian also gives or withdraws consent
 * for the child's data (Decree 13/2023/NĐ-CP Art. 20).
 */
export const GUARDIAN: EntitySpec = {
  id: 'guardian',
  labelVi: 'Cha mẹ, người giám hộ',
  labelEn: 'Parent or guardian',
  identifier: 'guardianId',
  fields: [
    {
      key: 'guardianId',
      labelVi: 'Mã người giám hộ',
      labelEn: 'Guardian id',
      type: 'string',
      maxLength: 20, // EduShield-defined (?): no national guardian id exists
      required: true,
      exportHeaderVi: 'Mã người giám hộ',
    },
    {
      key: 'studentId',
      labelVi: 'Mã học sinh',
      labelEn: 'Student id',
      type: 'string',
      maxLength: FIELD_LENGTHS.studentId,
      required: true,
      exportHeaderVi: 'Mã học sinh',
      headerAliases: ['Mã HS'],
    },
    {
      key: 'relationship',
      labelVi: 'Quan hệ với học sinh',
      labelEn: 'Relationship to the student',
      type: 'code',
      codeList: 'guardian-relationship',
      required: true,
      exportHeaderVi: 'Quan hệ với học sinh',
      headerAliases: ['Quan hệ', 'Mối quan hệ'],
    },
    {
      key: 'fullName',
      labelVi: 'Họ và tên',
      labelEn: 'Full name',
      type: 'string',
      maxLength: FIELD_LENGTHS.fullName,
      required: true,
      exportHeaderVi: 'Họ tên cha/mẹ/người giám hộ',
      headerAliases: [
        'Họ tên người giám hộ',
        'Họ tên phụ huynh',
        'Họ tên cha',
        'Họ tên mẹ',
        'Họ và tên cha',
        'Họ và tên mẹ',
      ],
    },
    {
      key: 'birthYear',
      labelVi: 'Năm sinh',
      labelEn: 'Year of birth',
      type: 'integer',
      required: false,
      exportHeaderVi: 'Năm sinh',
      headerAliases: ['Năm sinh cha', 'Năm sinh mẹ', 'Năm sinh người giám hộ'],
    },
    {
      key: 'occupation',
      labelVi: 'Nghề nghiệp',
      labelEn: 'Occupation',
      type: 'string',
      maxLength: FIELD_LENGTHS.shortText,
      required: false,
      exportHeaderVi: 'Nghề nghiệp',
      headerAliases: ['Nghề nghiệp cha', 'Nghề nghiệp mẹ', 'Nghề nghiệp người giám hộ'],
    },
    {
      ...phoneField,
      exportHeaderVi: 'Số điện thoại liên hệ',
      headerAliases: ['SĐT cha', 'SĐT mẹ', 'SĐT phụ huynh', 'Điện thoại phụ huynh', 'Số điện thoại'],
    },
    { ...emailField, headerAliases: ['Email phụ huynh', 'E-mail'] },
    personalIdField,
    {
      ...currentAddressField,
      key: 'address',
      labelVi: 'Địa chỉ',
      labelEn: 'Address',
      exportHeaderVi: 'Địa chỉ',
    },
  ],
};
