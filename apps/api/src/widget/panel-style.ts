// The widget panel's look (it lives in an iframe, so nothing of the host page applies, and nothing of the app).
export const PANEL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;color:#111827;background:#fff}
main{display:flex;flex-direction:column;gap:12px;padding:16px}
h1{font-size:16px;margin:0}
label{display:block;font-weight:600;margin-bottom:4px}
input{width:100%;font:inherit;padding:9px 11px;border:1px solid #c7ccd4;border-radius:8px}
input:focus{outline:3px solid #2454d6;outline-offset:1px}
.wait{margin:0;padding:8px 10px;border-radius:8px;background:#eef2fb;color:#1e3a8a;font-size:13px}
.results{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px;max-height:260px;overflow:auto}
.results a{display:block;padding:8px 10px;border:1px solid #e2e5ea;border-radius:8px;color:#1d3fb0;text-decoration:none}
.results a:hover,.results a:focus{background:#f5f7fd;text-decoration:underline}
.results .meta{display:block;color:#4b5563;font-size:12px;margin-top:2px}
mark{background:#fff1a8;color:inherit}
.muted{color:#4b5563;margin:0;font-size:13px}
.ask{display:block;width:100%;padding:10px 14px;font:inherit;font-weight:600;color:#fff;background:#2454d6;border:0;border-radius:8px;cursor:pointer;text-align:center;text-decoration:none}
.ask:hover{background:#1d3fb0}
.foot{font-size:12px;color:#636a77;margin:0}
.foot a{color:inherit}
`;
