import { Dialog, Heading, Text } from '@radix-ui/themes';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type OsInfo } from '../../../shared/api.js';
import { startVm } from '../../store/actions.js';
import { loadOsList, useCatalog } from '../../store/catalog.js';
import { setCustomizing, showSection, showTab } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { createVm } from './create-actions.js';
import { rememberMedia } from './recent-media.js';
import { useWizardForm } from './useWizardForm.js';
import { WizardSteps } from './WizardSteps.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { placeEngineError, placedMessage, STEPS, stepCheckArg, stepIndex, stepValid, type StepId } from './wizard-steps.js';
import { applyOs, sourcePath, toCreateInput } from './wizard-values.js';
import { SourceStep } from './steps/SourceStep.js';
import { OsStep } from './steps/OsStep.js';
import { useSourceCheck } from './useSourceCheck.js';
import { ResourcesStep } from './steps/ResourcesStep.js';
import { StorageStep } from './steps/StorageStep.js';
import { NetworkStep } from './steps/NetworkStep.js';
import { ReviewStep } from './steps/ReviewStep.js';
import { useCreatePreview } from './useCreatePreview.js';
import { useStepCheck } from './useStepCheck.js';
import { focusWithin, revealWithin } from './scroll-within.js';
import { StepNotes } from './StepNotes.js';
import { WizardFooter } from './WizardFooter.js';
import frameStyles from './wizard-frame.module.css';
import wizardStyles from './wizard.module.css';

export function NewVmWizard({ onDone, onBusy }: { onDone: () => void; onBusy: (busy: boolean) => void }) {
  const { t } = useTranslation('wizard');
  const form = useWizardForm();
  const { values, check, update } = form;
  const online = useOnline();
  const osList = useCatalog((s) => s.osList);
  const osError = useCatalog((s) => s.osError);
  const vms = useVms((s) => s.vms);
  const vmNames = useMemo(() => Object.values(vms).map((v) => v.name), [vms]);

  const [step, setStep] = useState<StepId>('source');
  const [reached, setReached] = useState(0);
  const [checking, setChecking] = useState(false);
  const source = useSourceCheck();
  const { detection } = source;
  const [customize, setCustomize] = useState(false);
  const [creating, setCreating] = useState(false);
  const [createdSince, setCreatedSince] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => void loadOsList(), []);
  useEffect(() => onBusy(creating), [creating, onBusy]);

  const index = stepIndex(step);
  const valid = stepValid(check.errors, step);
  const os: OsInfo | null =
    osList?.find((o) => o.id === values.osId) ?? (detection.result && detection.result.os.id === values.osId ? detection.result.os : null);

  function go(to: StepId) {
    setStep(to);
    setReached((r) => Math.max(r, stepIndex(to)));
  }
  const bodyRef = useRef<HTMLDivElement>(null);
  // The new step's title takes the focus, so a screen reader announces where the person is (without
  // scrolling: the dialog would move up and hide the header). The step starts at its top: the body is
  // one scroller for every step, and the last one may have been left scrolled (a long forwards table).
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    bodyRef.current?.scrollTo({ top: 0 });
  }, [step]);
  // After an engine refusal the person asked for (Next, Create), the field it is about (or the top of
  // the step) comes into view. A refusal found while typing shows at its field and leaves the focus be.
  const [refusalShown, setRefusalShown] = useState(0);
  useEffect(() => {
    const body = bodyRef.current;
    if (!refusalShown || !body) return;
    const field = body.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (form.engineError?.field && field) focusWithin(body, field);
    else body.scrollTo({ top: 0 });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per refusal asked for
  }, [refusalShown]);
  function refuse(placed: ReturnType<typeof placeEngineError>) {
    form.setEngineError(placed);
    setStep(placed.step);
    setRefusalShown((n) => n + 1);
  }

  // The engine's check of the step's own fields, as they are filled in: a missing kernel, a busy port,
  // a disk larger than the free space are told here, not on Review.
  const stepArg = useMemo(
    () => (valid && step !== 'review' ? stepCheckArg(step, toCreateInput(values, form.language)) : null),
    [valid, step, values, form.language],
  );
  const [typedRefusal, setTypedRefusal] = useState(0);
  const stepCheck = useStepCheck(stepArg, (placed) => {
    form.setEngineError(placed);
    setTypedRefusal((n) => n + 1);
  });
  // A refusal of what is being typed shows under its field: make sure that message is in sight.
  useEffect(() => {
    const body = bodyRef.current;
    const typing = document.activeElement;
    if (!typedRefusal || !body || !(typing instanceof HTMLElement) || !body.contains(typing)) return;
    const message = document.getElementById(typing.getAttribute('aria-describedby') ?? '');
    if (message && body.contains(message)) revealWithin(body, message);
  }, [typedRefusal]);

  function pickOs(picked: OsInfo) {
    update(applyOs(values, picked, form.host, vmNames, form.language));
  }

  async function next() {
    if (!valid) {
      form.reveal(step);
      return;
    }
    if (step === 'review') return void create();
    setChecking(true);
    try {
      const verdict = await stepCheck.settle();
      if (verdict && !verdict.ok) return refuse(verdict.error);
      if (step === 'source' && !(await source.leave(form, vmNames))) return setRefusalShown((n) => n + 1);
    } finally {
      setChecking(false);
    }
    go(STEPS[index + 1]!.id);
  }

  // The review shows what create() would do with exactly this input; a refusal goes to its step.
  const preview = useCreatePreview(step === 'review' ? check.input : null, (err) => refuse(placeEngineError(err)));

  async function create() {
    if (!check.input || creating) return;
    setCreating(true);
    const since = Date.now();
    setCreatedSince(since);
    try {
      // The plan Review showed (its id and MAC), so the VM created is that one.
      const vm = await createVm(preview.planned(check.input));
      if (values.sourceKind === 'iso') rememberMedia(values.isoPath.trim());
      onDone();
      if (customize) {
        setCustomizing(vm.id);
        showSection('overview');
        showTab('details');
      } else {
        showTab('console');
        void startVm(vm.id); // a failed start arrives as a notice, with QEMU's reason
      }
    } catch (err) {
      // The planned id was taken meanwhile (another window, or a create whose reply was lost): plan anew,
      // or every further Create would send the same id.
      if (err instanceof ApiError && err.field === 'id') preview.renew();
      refuse(placeEngineError(err));
    } finally {
      setCreating(false);
    }
  }

  function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    if (!checking && !creating) void next();
  }

  const complete = (s: StepId) => stepValid(check.errors, s);
  const reachable = (s: StepId) => {
    const i = stepIndex(s);
    return !creating && !checking && i <= reached && STEPS.slice(0, i).every((p) => complete(p.id));
  };
  const isLast = step === 'review';
  const blocked = !valid || checking || creating || !online || (isLast && !preview.preview);

  return (
    <form className={frameStyles.frame} onSubmit={onSubmit} noValidate aria-label={t('title')}>
      <aside className={frameStyles.side}>
        <Dialog.Title size="3" mb="4" className={frameStyles.title}>
          {t('title')}
        </Dialog.Title>
        <WizardSteps current={step} reachable={reachable} complete={complete} onGo={go} />
      </aside>
      <section className={frameStyles.main} aria-labelledby="wizard-step-title">
        <header className={wizardStyles.header}>
          <Text size="1" color="gray" weight="medium">
            {t('stepOf', { n: index + 1, total: STEPS.length })}
          </Text>
          <Heading as="h3" size="5" id="wizard-step-title" ref={headingRef} tabIndex={-1} className={wizardStyles.stepHeading}>
            {t(`steps.${step}.title`)}
          </Heading>
          <Dialog.Description size="2" color="gray" id="wizard-step-description">
            {t(`steps.${step}.text`)}
          </Dialog.Description>
        </header>
        <div className={wizardStyles.body} ref={bodyRef}>
          {/* At the top, so it is seen without scrolling; one about a field shows at that field instead. */}
          {form.engineError?.step === step && (!form.engineError.field || step === 'review') ? (
            <div className={wizardStyles.engineError}>
              <EngineErrorCallout message={placedMessage(form.engineError)} />
            </div>
          ) : null}
          {step === 'source' ? <SourceStep form={form} image={source.imageFor(sourcePath(values))} /> : null}
          {step === 'os' ? <OsStep form={form} detection={detection} osList={osList} osError={osError} onPick={pickOs} /> : null}
          {step === 'resources' ? <ResourcesStep form={form} /> : null}
          {step === 'storage' ? <StorageStep form={form} /> : null}
          {step === 'network' ? <NetworkStep form={form} os={os} plannedMac={preview.identity?.mac ?? null} /> : null}
          {step !== 'review' && step !== 'os' ? <StepNotes step={step} verdict={stepCheck.verdict} /> : null}
          {step === 'review' ? (
            <ReviewStep
              form={form}
              state={preview}
              os={os ?? detection.result?.os ?? null}
              customize={customize}
              onCustomize={setCustomize}
              creating={creating}
              createdSince={createdSince}
            />
          ) : null}
        </div>
        <WizardFooter
          first={index === 0}
          last={isLast}
          valid={valid}
          online={online}
          busy={checking || creating}
          blocked={blocked}
          customize={customize}
          onBack={() => go(STEPS[index - 1]!.id)}
        />
      </section>
    </form>
  );
}
