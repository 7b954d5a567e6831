/** Styles of the shadow-root UI, applied as a constructed stylesheet (not subject to the page's CSP). */
export const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.layer { position: fixed; inset: 0; pointer-events: none; overflow: hidden; }
.hl { position: fixed; pointer-events: none; border-radius: 2px;
  background: rgb(255 170 0 / 0.18); box-shadow: inset 0 -2px 0 rgb(230 120 0); }
.hl.block, .hl.justify { background: rgb(230 40 40 / 0.16); box-shadow: inset 0 -2px 0 rgb(200 30 30); }
.hl.notify { background: rgb(40 110 230 / 0.12); box-shadow: inset 0 -2px 0 rgb(40 110 230); }
.badge { position: fixed; pointer-events: auto; min-width: 20px; height: 20px; padding: 0 6px;
  border: 0; border-radius: 10px; font: 600 12px/20px system-ui, sans-serif; color: #fff;
  background: rgb(210 110 0); cursor: pointer; box-shadow: 0 1px 3px rgb(0 0 0 / 0.3); }
.badge.block, .badge.justify { background: rgb(190 30 30); }
.badge.notify { background: rgb(40 100 210); }
.badge:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
.notice { position: fixed; pointer-events: none; max-width: 420px; padding: 8px 12px; border-radius: 6px;
  font: 13px/1.4 system-ui, sans-serif; color: #fff; background: rgb(40 40 48 / 0.95);
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.3); }
.backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgb(0 0 0 / 0.35);
  display: flex; align-items: center; justify-content: center; padding: 16px; }
.dialog { width: min(520px, 100%); max-height: calc(100vh - 32px); overflow: auto; padding: 20px 22px;
  border-radius: 10px; background: #fff; color: #1b1b1f; font: 14px/1.45 system-ui, sans-serif;
  box-shadow: 0 10px 40px rgb(0 0 0 / 0.35); border-top: 5px solid rgb(210 110 0); }
.dialog.block, .dialog.justify { border-top-color: rgb(190 30 30); }
.dialog:focus { outline: none; }
h2 { margin: 0 0 6px; font-size: 17px; line-height: 1.3; }
.intro { margin: 0 0 12px; color: #44444c; }
.findings { list-style: none; margin: 0 0 12px; padding: 0; display: grid; gap: 10px; }
.findings li { padding: 10px 12px; border-radius: 8px; background: #f5f5f7; border-left: 4px solid rgb(210 110 0); }
.findings li.block, .findings li.justify { border-left-color: rgb(190 30 30); }
.findings li.notify { border-left-color: rgb(40 100 210); }
.head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.action { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: #55555d; }
.masked { display: inline-block; margin: 4px 0; padding: 1px 6px; border-radius: 4px; background: #e6e6ea;
  font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.reason, .advice { margin: 2px 0 0; }
.advice { font-weight: 500; }
.guideline { margin: 0 0 12px; }
a { color: #0b57d0; }
.why { display: block; margin: 0 0 4px; font-weight: 600; }
textarea { width: 100%; margin: 0 0 12px; padding: 6px 8px; border: 1px solid #9a9aa2; border-radius: 6px;
  font: inherit; resize: vertical; }
.blocked { margin: 0 0 12px; font-weight: 600; color: rgb(160 20 20); }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button { font: 600 14px/1 system-ui, sans-serif; padding: 9px 14px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8a8a92; background: #fff; color: #1b1b1f; }
button.primary { background: #1b1b1f; color: #fff; border-color: #1b1b1f; }
button.quiet { border-color: transparent; color: #55555d; text-decoration: underline; }
button:disabled { opacity: 0.45; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible, a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #232328; color: #ececf0; }
  .intro, .action { color: #b4b4bc; }
  .findings li { background: #2e2e35; }
  .masked { background: #3a3a42; }
  button { background: #2e2e35; color: #ececf0; border-color: #6a6a72; }
  button.primary { background: #ececf0; color: #1b1b1f; }
  button.quiet { color: #b4b4bc; }
  textarea { background: #1b1b1f; color: #ececf0; }
  a { color: #8ab4f8; }
}
`;
