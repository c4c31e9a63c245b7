import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/client';
import { conflict, forbidden, notFound } from '../../lib/errors';
import { renderCertificate } from './certificate';
import { formatCertificateCode, normaliseCertificateCode } from './learner.service';
import { type LearningContext, vietnamDate } from './learning.context';

type CertificateRow = {
  id: string;
  user_id: string;
  full_name: string;
  title: string;
  completed_at: string;
  best_score: number | null;
  certificate_code: string | null;
  issuer: string;
};

const selectCertificate = sql`select e.id, e.user_id, u.full_name, c.title, e.completed_at, e.best_score,
    e.certificate_code,
    (select ou.name from org_units ou where ou.parent_id is null order by ou.created_at limit 1) as issuer
  from enrolments e join users u on u.id = e.user_id join courses c on c.id = e.course_id`;

/** The learner's own certificate as a PDF. */
export async function certificatePdf(ctx: LearningContext, id: string, publicUrl: string) {
  const [row] = await query<CertificateRow>(ctx.db, sql`${selectCertificate} where e.id = ${id}`);
  if (!row) throw notFound();
  if (row.user_id !== ctx.actor.userId) throw forbidden('ENROLMENT_NOT_OWN');
  if (!row.certificate_code || !row.completed_at) throw conflict('CERTIFICATE_NOT_ISSUED');
  const code = formatCertificateCode(row.certificate_code);
  const pdf = await renderCertificate({
    fullName: row.full_name,
    courseTitle: row.title,
    completedOn: vietnamDate(new Date(row.completed_at)),
    score: row.best_score ?? 0,
    code,
    verifyUrl: `${publicUrl.replace(/\/+$/, '')}/verify?code=${code}`,
    issuer: row.issuer,
  });
  return { pdf, filename: `chung-nhan-${row.certificate_code}.pdf` };
}

/** "Vũ Thị Mai" → "V. T. Mai": enough to recognise, not a full name for strangers. */
export function maskName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  if (words.length <= 1) return words[0] ?? '';
  return [...words.slice(0, -1).map((w) => `${[...w][0]}.`), words.at(-1)].join(' ');
}

/** The public check behind /verify: only a masked name, the course, the date, valid or not. */
export async function verifyCertificate(db: Db, input: string) {
  const code = normaliseCertificateCode(input);
  if (!/^[0-9A-Z]{16}$/.test(code)) return { valid: false, name: null, course: null, issuedOn: null };
  const [row] = await query<CertificateRow>(
    db,
    sql`${selectCertificate} where e.certificate_code = ${code} and e.status = 'completed'`,
  );
  if (!row) return { valid: false, name: null, course: null, issuedOn: null };
  return {
    valid: true,
    name: maskName(row.full_name),
    course: row.title,
    issuedOn: vietnamDate(new Date(row.completed_at)),
  };
}
