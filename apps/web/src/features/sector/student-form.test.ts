import { describe, expect, it } from 'vitest';
import type { StudentDetail } from '../../api/sector';
import { createBody, guardianErrorKeys, initialValues, patchBody } from './student-form';

const student = (overrides: Partial<StudentDetail> = {}): StudentDetail => ({
  id: 's1',
  studentCode: '080000000000001',
  unitId: 'u1',
  unitName: 'Trường THCS Tân Trào',
  classId: 'c1',
  classCode: 'LH0000000001',
  className: '6A1',
  fullName: 'Nguyễn Văn An',
  birthDate: '2014-09-05',
  genderCode: '1',
  statusCode: '01',
  statusDate: '2025-09-05',
  ethnicityCode: '01',
  religionCode: null,
  disabilityCode: null,
  healthNote: null,
  personalId: '008214001234',
  phone: '0912345678',
  address: null,
  birthPlace: null,
  masked: [],
  guardians: [
    {
      id: 'g1',
      relationshipCode: '01',
      fullName: 'Nguyễn Văn Bình',
      phone: '0987654321',
      personalId: null,
      occupation: null,
    },
  ],
  history: [],
  ...overrides,
});

describe('pupil form bodies', () => {
  it('shows stored values as the inputs hold them (dates dd/mm/yyyy, empty for null)', () => {
    const values = initialValues(student());
    expect(values.fields.birthDate).toBe('05/09/2014');
    expect(values.fields.religionCode).toBe('');
    expect(values.guardians[0]).toEqual({
      relationshipCode: '01',
      fullName: 'Nguyễn Văn Bình',
      phone: '0987654321',
      personalId: '',
      occupation: '',
    });
  });

  it('creates with ISO dates, leaves empty fields out, and drops blank guardian rows', () => {
    const values = initialValues();
    values.fields.fullName = ' Trần Thị Bích Ngọc ';
    values.fields.birthDate = '12/3/2014';
    values.fields.genderCode = '2';
    values.fields.phone = '0967123456';
    values.guardians = [
      { relationshipCode: '02', fullName: 'Lý Thị Mai', phone: '', personalId: '', occupation: '' },
      { relationshipCode: '', fullName: '', phone: '', personalId: '', occupation: '' },
    ];
    expect(createBody('u1', values)).toEqual({
      unitId: 'u1',
      fullName: 'Trần Thị Bích Ngọc',
      birthDate: '2014-03-12',
      genderCode: '2',
      phone: '0967123456',
      guardians: [
        { relationshipCode: '02', fullName: 'Lý Thị Mai', phone: null, personalId: null, occupation: null },
      ],
    });
  });

  it('records a transfer from outside the province with its date', () => {
    const values = initialValues();
    values.statusCode = '02';
    values.statusDate = '01/10/2025';
    expect(createBody('u1', values)).toMatchObject({ statusCode: '02', statusDate: '2025-10-01' });
  });

  it('corrects only what changed; an emptied field is sent as null', () => {
    const record = student();
    const values = initialValues(record);
    values.fields.phone = '';
    values.fields.fullName = 'Nguyễn Văn Ân';
    expect(patchBody(record, values)).toEqual({ fullName: 'Nguyễn Văn Ân', phone: null });
    expect(patchBody(record, initialValues(record))).toEqual({});
  });

  it('never sends back a field the server masked, nor the withheld guardians', () => {
    const record = student({
      personalId: null,
      phone: null,
      ethnicityCode: null,
      masked: ['personalId', 'phone', 'ethnicityCode', 'guardians'],
      guardians: [],
    });
    const values = initialValues(record);
    values.fields.classId = 'c2';
    expect(patchBody(record, values)).toEqual({ classId: 'c2' });
  });

  it('sends the whole guardian list when one guardian changed', () => {
    const record = student();
    const values = initialValues(record);
    values.guardians[0]!.phone = '0987000111';
    expect(patchBody(record, values).guardians).toEqual([
      {
        relationshipCode: '01',
        fullName: 'Nguyễn Văn Bình',
        phone: '0987000111',
        personalId: null,
        occupation: null,
      },
    ]);
  });

  it('names guardian fields both ways the server reports them', () => {
    expect(guardianErrorKeys(1, 'phone')).toEqual(['guardians[1].phone', 'guardians.1.phone']);
  });
});
