// Publicity notices: the candidates and the objection deadline, and, while a notice is open, a form to object to a
// candidate with the API's public mutation fileObjection (anonymous filing is rate limited; the answer says so).
import { CombinedError } from "@urql/core";
import { client } from "../client";
import { h, replace } from "../dom";
import { formatDate, name, t } from "../i18n";
import { FileObjectionMutation, PublicityQuery } from "../operations";
import type { PortalPublicityQuery } from "../gql/graphql";
import type { Page } from "../main";

type Notice = PortalPublicityQuery["publicityNotices"]["nodes"][number];

export const renderPublicity: Page = async (main, _route, isCurrent) => {
  const result = await client.query(PublicityQuery, {}, { requestPolicy: "network-only" }).toPromise();
  if (result.error) throw result.error;
  if (!isCurrent()) return;
  const notices = [...result.data!.publicityNotices.nodes].sort((a, b) => Number(b.open) - Number(a.open));
  replace(main,
    h("h1", {}, t("publicityHeading")),
    h("p", { class: "lead" }, t("publicityIntro")),
    notices.length === 0 ? h("p", {}, t("noNotices")) : h("div", {}, ...notices.map(notice)));
};

function notice(n: Notice, index: number): HTMLElement {
  const id = `notice-${index}`;
  return h("article", { class: `notice${n.open ? " open" : ""}`, "aria-labelledby": id },
    h("h2", { id }, name(n.title)),
    h("p", { class: "badge" }, n.open ? t("openNotice") : t("closedNotice")),
    h("dl", { class: "profile" },
      h("dt", {}, t("openedOn")), h("dd", {}, formatDate(n.openedOn)),
      h("dt", {}, t("deadline")), h("dd", { class: "deadline" }, formatDate(n.objectionDeadline))),
    h("details", { open: n.open },
      h("summary", {}, `${t("candidates")} (${n.candidates.length})`),
      h("ul", { class: "titles compact" }, ...n.candidates.map((c) => h("li", {},
        h("a", { href: `#/community/${encodeURIComponent(c.code)}` }, name(c.name)), " ", h("span", { class: "meta" }, name(c.district.name)))))),
    n.open ? objectionForm(n, index) : null);
}

function objectionForm(n: Notice, index: number): HTMLElement {
  const p = `objection-${index}`;
  const candidate = h("select", { id: `${p}-candidate`, name: "community", required: true },
    ...n.candidates.map((c) => h("option", { value: c.id }, name(c.name))));
  const reasons = h("textarea", { id: `${p}-reasons`, name: "reasons", rows: 4, required: true, maxlength: 4000 });
  const evidence = h("textarea", { id: `${p}-evidence`, name: "evidence", rows: 2, maxlength: 4000 });
  const contact = h("input", { id: `${p}-contact`, name: "contact", type: "text", autocomplete: "email", maxlength: 200 });
  const answer = h("p", { id: `${p}-answer`, class: "answer", role: "status", "aria-live": "polite" });
  const submit = h("button", { type: "submit" }, t("objectSubmit"));
  const form = h("form", { class: "objection", "aria-labelledby": `${p}-h`, novalidate: true },
    h("h3", { id: `${p}-h` }, t("objectHeading")),
    h("div", { class: "field" }, h("label", { for: candidate.id }, t("objectCandidate")), candidate),
    h("div", { class: "field" }, h("label", { for: reasons.id }, t("objectReasons")), reasons),
    h("div", { class: "field" }, h("label", { for: evidence.id }, t("objectEvidence")), evidence),
    h("div", { class: "field" }, h("label", { for: contact.id }, t("objectContact")), contact),
    submit, answer);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    answer.className = "answer";
    if (!reasons.value.trim()) {
      answer.classList.add("error");
      answer.textContent = t("objectReasonsMissing");
      reasons.focus();
      return;
    }
    submit.disabled = true;
    answer.textContent = t("objectSending");
    const input = {
      notice: n.id,
      community: candidate.value,
      reasons: reasons.value.trim(),
      evidence: evidence.value.trim() || null,
      contact: contact.value.trim() || null,
    };
    const result = await client.mutation(FileObjectionMutation, { input }).toPromise();
    submit.disabled = false;
    const payload = result.data?.fileObjection;
    if (payload?.receipt) {
      answer.classList.add("ok");
      answer.textContent = t("objectReceived", { ref: payload.receipt.reference, at: formatDate(payload.receipt.filedAt) });
      reasons.value = evidence.value = contact.value = "";
      return;
    }
    answer.classList.add("error");
    answer.textContent = describe(payload?.errors ?? [], result.error);
  });
  return form;
}

function describe(errors: { code?: string; message?: string }[], error: CombinedError | undefined): string {
  const codes = [...errors.map((e) => e.code), ...(error?.graphQLErrors ?? []).map((e) => e.extensions?.code as string | undefined)];
  const message = errors[0]?.message ?? error?.graphQLErrors[0]?.message ?? error?.message ?? "";
  if (codes.includes("RATE_LIMITED")) return t("objectRateLimited");
  if (codes.includes("DEADLINE_PASSED")) return t("objectDeadline");
  if (codes.includes("INVALID_INPUT") || codes.includes("BAD_USER_INPUT")) return t("objectInvalid") + message;
  return t("objectOther") + message;
}
