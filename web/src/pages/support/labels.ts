// Labels of support requests shared by the support area and the person's «Обращения».
export { SUPPORT_AUTHOR, SUPPORT_STATUS } from "../provider/office";

export const SUPPORT_TOPIC: Record<string, string> = {
  REGISTRATION: "Регистрация и вход",
  CYCLE_DOCUMENTS: "Циклы и документы",
  CREDITS_NOT_POSTED: "Не начислены баллы",
  CODES: "Коды подтверждения",
  EORT: "ЭОРТ: номера и заявки учителей",
  OTHER: "Другое",
};

/** The shortest message the services take (postSupportMessage, openSupportRequest). */
export const MIN_MESSAGE_LENGTH = 10;

/** Whether a message can be sent: 10 to 4000 characters once trimmed. */
export function messageReady(text: string): boolean {
  const length = text.trim().length;
  return length >= MIN_MESSAGE_LENGTH && length <= 4000;
}
