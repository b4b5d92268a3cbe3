import assert from 'node:assert/strict';
import { isRoleMailbox } from '../../../src/engine/rules/pii/_mailboxes';

describe('role mailboxes', () => {
  it('reads a shared sign-in, a root or emergency account and a service point as no one person\'s', () => {
    for (const local of ['sms', 'maps', 'marketplace', 'prod-root', 'emergency-admin', 'servicepunt.zwolle', 'support', 'no-reply']) {
      assert.equal(isRoleMailbox(local), true, local);
    }
  });

  it('reads a clinic group\'s recall, patient-experience and clinical-governance desks, and an insurer\'s broker and recourse desks, as no one person\'s', () => {
    for (const local of ['recalls', 'recalls-staging', 'patientexperience', 'patient-experience', 'clinical-governance', 'makler', 'broker', 'regress']) {
      assert.equal(isRoleMailbox(local), true, local);
    }
  });

  it('reads a university\'s alumni office, its chapters, a class agent\'s mailbox and the student accounts desk as no one person\'s', () => {
    for (const local of ['alumni', 'windsor.chapter', 'classof2009', 'class-of-2012', 'studentaccounts', 'advancement', 'newbusiness', 'accounts.payable', 'dba', 'status', 'frankfurt.customercare', 'fleet', 'lms-admins']) {
      assert.equal(isRoleMailbox(local), true, local);
    }
  });

  it('leaves people\'s addresses to the e-mail rule, also when a role word starts or ends their name', () => {
    for (const local of ['j.smith', 'smsith', 'mapsson', 'marketa.novak', 'e.lopez', 'sanne.de.vries', 'classof', 'alumnia.ward']) {
      assert.equal(isRoleMailbox(local), false, local);
    }
  });
});
