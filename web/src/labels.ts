// Russian names of the schema's enumerations and codes.

export const DOCUMENT_KINDS: Record<string, string> = {
  CERTIFICATE: "Сертификат специалиста",
  ACCREDITATION_PRIMARY: "Первичная аккредитация",
  ACCREDITATION_PRIMARY_SPECIALISED: "Первичная специализированная аккредитация",
  ACCREDITATION_PERIODIC: "Периодическая аккредитация",
};

export const FRMR: Record<string, { label: string; todo: string }> = {
  NOT_CHECKED: {
    label: "ещё не проверен в ФРМР",
    todo: "Проверка проходит автоматически; план можно вести и сейчас.",
  },
  CONFIRMED: { label: "подтверждён в ФРМР", todo: "" },
  NOT_CONFIRMED: {
    label: "не подтверждён в ФРМР",
    todo: "Сверьте номер и дату документа; если они верны, обратитесь в организацию, выдавшую документ, для внесения сведений в ФРМР. План это не блокирует.",
  },
};

export const ELEMENT_KINDS: Record<string, string> = {
  PROGRAM: "ДПП ПК",
  EVENT: "Мероприятие (ОМ)",
  MODULE: "Интерактивный модуль (ИОМ)",
  program: "ДПП ПК",
  event: "Мероприятие (ОМ)",
  module: "Интерактивный модуль (ИОМ)",
};

export const KIND_TABS: [string, string][] = [
  ["PROGRAM", "ДПП ПК"],
  ["EVENT", "Мероприятия"],
  ["MODULE", "Модули"],
];

export const PLAN_STATUS: Record<string, string> = {
  PLANNED: "запланирован",
  APPLIED: "подана заявка",
  ENROLLED: "заявка принята",
  IN_PROGRESS: "идёт обучение",
  COMPLETED: "завершён, ожидается результат",
  CREDITED: "зачтён",
  CANCELLED: "отменён",
};

export const APPLICATION_STATUS: Record<string, string> = {
  SUBMITTED: "на рассмотрении",
  ACCEPTED: "принята",
  REJECTED: "отклонена",
  WITHDRAWN: "отозвана",
};

export const FUNDING: Record<string, string> = {
  BUDGET: "бюджет",
  CONTRACT: "договор (за счёт средств физических или юридических лиц)",
  OMS: "средства ФФОМС/ТФОМС",
  TICKET: "билеты",
};

export const CODE_STATUS: Record<string, string> = {
  PENDING: "на проверке",
  ACCEPTED: "принят",
  REJECTED: "отклонён",
};

export const CREDIT_STATUS: Record<string, string> = {
  ACCEPTED: "зачтено",
  VOIDED: "аннулировано",
  SUPERSEDED: "исправлено",
};

export const CYCLE_STATES: Record<string, string> = {
  ACTIVE: "идёт",
  UPCOMING: "ещё не начался",
  FINISHED: "завершён",
};
