import type { drillsVi } from './drills.vi';

/** English texts of the drills pages; typed as exactly the Vietnamese keys. */
export const drillsEn: Record<keyof typeof drillsVi, string> = {
  'nav.drills': 'Drills',
  'nav.reportPhish': 'Report phishing',
  'drills.title': 'Phishing drills',
  'drills.lead':
    'Send controlled phishing emails to staff and teachers (never to pupils) to measure and raise their vigilance.',
  'drills.new': 'New drill',
  'drills.newLead':
    'Choose the unit, the template and the recipients’ roles. Pupils never receive drill emails. Emails go out gradually over SMTP at the configured rate.',
  'drills.create': 'Create draft',
  'drills.empty': 'No drills yet.',
  'drills.nav.label': 'Drills section',
  'drills.nav.list': 'Drills',
  'drills.nav.results': 'Results by unit',
  'drills.nav.reports': 'Reported emails',
  'drills.col.name': 'Drill',
  'drills.col.unit': 'Unit',
  'drills.col.status': 'Status',
  'drills.col.sent': 'Sent',
  'drills.col.phishProne': 'Phish-prone',
  'drills.col.reportRate': 'Report rate',
  'drills.col.scanner': 'Mail scanners',
  'drills.col.person': 'Recipient',
  'drills.col.remedial': 'Follow-up lesson',
  'drills.col.time': 'Time',
  'drills.col.event': 'Event',
  'drills.col.kind': 'Kind',
  'drills.status.draft': 'Draft',
  'drills.status.scheduled': 'Scheduled',
  'drills.status.sending': 'Sending',
  'drills.status.completed': 'Sent',
  'drills.status.cancelled': 'Cancelled',
  'drills.field.name': 'Drill name',
  'drills.field.unit': 'Target unit',
  'drills.field.unitPlaceholder': 'Choose a unit…',
  'drills.field.unitHint': 'Includes the units below it.',
  'drills.field.template': 'Template',
  'drills.field.templatePlaceholder': 'Choose a template…',
  'drills.field.roles': 'Recipients’ roles',
  'drills.field.rolesHint': 'No role chosen means every staff role. Pupils are always excluded.',
  'drills.field.landing': 'When a recipient clicks the link',
  'drills.field.at': 'Send at (empty = now)',
  'drills.field.atHint': 'Vietnam time.',
  'drills.landing.explain': 'Show the explanation at once',
  'drills.landing.explainHint': 'The clicker sees straight away that this is a drill, and the warning signs.',
  'drills.landing.form': 'Show a fake sign-in page first',
  'drills.landing.formHint': 'Also measures typing in credentials. What is typed never leaves the browser.',
  'drills.preview': 'Email preview',
  'drills.previewFrom': 'From',
  'drills.previewSubject': 'Subject',
  'drills.eligible': 'Launched now, the drill would reach {count} people.',
  'drills.launch': 'Launch',
  'drills.delete': 'Delete draft',
  'drills.cancel': 'Stop sending',
  'drills.refresh': 'Refresh',
  'drills.confirmLaunch': 'Launch this drill?',
  'drills.confirmLaunchText':
    'The list of {count} recipients is fixed and emails go out gradually over SMTP.',
  'drills.confirmCancel': 'Stop sending?',
  'drills.confirmDelete': 'Delete this draft?',
  'drills.confirmSure': 'This cannot be undone.',
  'drills.stat.recipients': 'Recipients',
  'drills.stat.sent': 'Sent',
  'drills.stat.opened': 'Opened',
  'drills.stat.clicked': 'Clicked',
  'drills.stat.submitted': 'Submitted form',
  'drills.stat.reported': 'Reported',
  'drills.scannerNote':
    'Hits by mail scanners (too soon after sending, HEAD requests, known scanners) are kept apart and not counted in the rates: {recipients} recipients, {hits} hits.',
  'drills.failedNote': '{count} emails could not be sent.',
  'drills.byUnit': 'By unit',
  'drills.recipients': 'Recipients (first time of each event)',
  'drills.timeline': 'Timeline',
  'drills.timelineTruncated': 'Only the latest 1,000 events are shown.',
  'drills.sendFailed': 'Not sent',
  'drills.remedialYes': 'Enrolled',
  'drills.scannerHit': 'scanner ({reason})',
  'drills.scanner.head': 'HEAD request',
  'drills.scanner.too_soon': 'too soon after sending',
  'drills.scanner.user_agent': 'known scanner',
  'drills.scanner.address': 'mail-filter address',
  'drills.resultsLead':
    'Phish-prone = people who clicked or submitted / emails sent; report rate = people who reported / emails sent. Figures roll up the unit tree.',
  'drills.noResults': 'No drill results in this scope yet.',
  'drills.reportsLead': 'Suspicious emails reported by staff in your scope.',
  'drills.reportsHow':
    'Staff report with “Report a suspicious email” in the app (by subject). Drill emails also carry an X-EduShield-Report header so mail clients’ “report phishing” buttons can record it automatically.',
  'drills.noReports': 'No reports yet.',
  'drills.kind.drill': 'Drill email',
  'drills.kind.suspicious': 'To review',
  'drills.landing.caughtTitle': 'This was a drill by the Department of Education',
  'drills.landing.caughtLead':
    'You opened a link in a fake email sent by the security officer for practice. Nothing was lost — but had it been real, a criminal could now have your account.',
  'drills.landing.nothingStored': 'Nothing you type on this page is sent or stored anywhere.',
  'drills.landing.signsTitle': 'Signs you could have spotted',
  'drills.landing.habitsTitle': 'Next time',
  'drills.landing.habit1': 'Stop when an email pushes “urgent”, “within 2 hours”, “before 5 pm today”.',
  'drills.landing.habit2':
    'Hover (or long-press on a phone) to see where a link really goes; type the official address yourself instead of clicking.',
  'drills.landing.habit3':
    'Call the sender on a number you know, and report the email with “Report a suspicious email”.',
  'drills.landing.remedial':
    'You have been enrolled in the short lesson “Spotting phishing emails and fake websites” (about 10 minutes) under Learning.',
  'drills.landing.toLearning': 'Open the lesson',
  'drills.landing.lureFooter': 'This page is part of the security-awareness drill programme.',
  'drills.landing.so-gddt-ky-van-ban.title': 'Document signing – Department of Education',
  'drills.landing.so-gddt-ky-van-ban.lead':
    'Sign in with your official mail account to read and sign document 1582/SGDĐT-VP.',
  'drills.landing.so-gddt-ky-van-ban.field1': 'Official email address',
  'drills.landing.so-gddt-ky-van-ban.field2': 'Password',
  'drills.landing.so-gddt-ky-van-ban.submit': 'Sign in and sign',
  'drills.landing.so-gddt-ky-van-ban.sign1':
    'The email pushes “BEFORE 5 PM TODAY” and threatens your unit — real documents come through the document-management system, not an odd link.',
  'drills.landing.so-gddt-ky-van-ban.sign2':
    'The link is not on the Department’s official domain; the real signing system never asks for your mail password on a web page.',
  'drills.landing.so-gddt-ky-van-ban.sign3': '“Automatic email, do not reply” stops you from checking back.',
  'drills.landing.hoc-phi-vi-dien-tu.title': 'E-wallet verification – fee refund',
  'drills.landing.hoc-phi-vi-dien-tu.lead':
    'Enter your wallet phone number and the OTP you just received to get 1,850,000 VND.',
  'drills.landing.hoc-phi-vi-dien-tu.field1': 'Wallet phone number',
  'drills.landing.hoc-phi-vi-dien-tu.field2': 'OTP code',
  'drills.landing.hoc-phi-vi-dien-tu.submit': 'Get refund',
  'drills.landing.hoc-phi-vi-dien-tu.sign1':
    'A “refund” with a 24-hour deadline is a classic bait; schools refund fees through their accountant, not a link.',
  'drills.landing.hoc-phi-vi-dien-tu.sign2':
    'Nobody may ask for your OTP — not your bank, your wallet or the school. Giving an OTP away means losing money.',
  'drills.landing.hoc-phi-vi-dien-tu.sign3':
    'The sender is a vague “payment portal” with no unit name or phone number.',
  'drills.landing.mat-khau-het-han.title': 'Confirm keeping your mailbox password',
  'drills.landing.mat-khau-het-han.lead':
    'Your password expires in 2 hours. Enter your current password to keep it.',
  'drills.landing.mat-khau-het-han.field1': 'Username',
  'drills.landing.mat-khau-het-han.field2': 'Current password',
  'drills.landing.mat-khau-het-han.submit': 'Keep my password',
  'drills.landing.mat-khau-het-han.sign1':
    '“Keep your current password” is something no real system asks: passwords are changed in the system’s own settings page.',
  'drills.landing.mat-khau-het-han.sign2':
    'The “2 hours” deadline and the threat of “losing data” make you act before thinking.',
  'drills.landing.mat-khau-het-han.sign3':
    'The greeting has no title, the sender is a vague “admin team”, and the link is not on the sector’s mail system.',
  'drills.landing.chia-se-tai-lieu.title': 'Sign in to view the shared file',
  'drills.landing.chia-se-tai-lieu.lead':
    'The file “Danh sách GV dự thi giáo viên dạy giỏi cấp tỉnh 2026.xlsx” requires sign-in.',
  'drills.landing.chia-se-tai-lieu.field1': 'Email or phone',
  'drills.landing.chia-se-tai-lieu.field2': 'Password',
  'drills.landing.chia-se-tai-lieu.submit': 'Next',
  'drills.landing.chia-se-tai-lieu.sign1':
    'Real share notices name the person sharing and their address; this one only says “subject team”.',
  'drills.landing.chia-se-tai-lieu.sign2':
    'The file name plays on curiosity (“list of teachers in the contest”) so you open it at once.',
  'drills.landing.chia-se-tai-lieu.sign3':
    'The fake sign-in page is not on google.com; when in doubt, open Google Drive or Zalo the usual way and look for the file.',
  'drills.about.link': 'About the drill programme',
  'drills.about.title': 'The phishing drill programme',
  'drills.about.what':
    'The Department of Education regularly sends controlled fake emails to staff and teachers to train the habit of spotting and reporting phishing, as the sector’s awareness directive asks. Pupils never receive drill emails.',
  'drills.about.whoTitle': 'Who runs it',
  'drills.about.who':
    'The Department’s security officers (and those of units they delegate to) create and launch drills in EduShield; every action is recorded in the audit log.',
  'drills.about.dataTitle': 'What is recorded',
  'drills.about.data1': 'Only events and their times: sent, opened, clicked, submitted a form, reported.',
  'drills.about.data2':
    'Never what you type on a drill page: the inputs are not sent, and the server refuses any value sent with the event.',
  'drills.about.data3': 'Hits by mail scanners are flagged and kept apart, not counted as your click.',
  'drills.about.data4':
    'Results serve training: clickers are enrolled in a short lesson; reporting counts in your favour. Rates are published per unit.',
  'drills.about.reportTitle': 'Report a suspicious email',
  'drills.about.report':
    'When an email looks suspicious (drills included), sign in to EduShield and choose “Report a suspicious email”, or forward it to your unit’s security mailbox. Do not click its links, do not reply.',
  'drills.reported.title': 'Thank you for reporting',
  'drills.reported.lead':
    'The email you reported was a drill. Your report is recorded and counts in your favour.',
  'drills.report.title': 'Report a suspicious email',
  'drills.report.lead':
    'Enter the subject of the email you think is phishing. If it was a drill, the report counts in your favour; otherwise the security officer will look at it.',
  'drills.report.subject': 'Subject',
  'drills.report.sender': 'Sender (if any)',
  'drills.report.senderHint': 'The name or address shown in the email.',
  'drills.report.submit': 'Send report',
  'drills.report.wasDrill': 'Well spotted: that was a drill email. Thank you for staying alert!',
  'drills.report.received': 'Report received. The security officer will look at this email.',
  'drills.report.signIn': 'Sign in to report a suspicious email.',
  'drills.report.toLogin': 'Sign in',
  'drills.report.home': 'Back to home',
} as const;
