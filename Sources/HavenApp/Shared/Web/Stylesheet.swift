/// Haven's only stylesheet: mobile first, large tap targets, visible focus, no web fonts.
/// The focus ring (--focus) has at least 5:1 contrast on every background it sits on (white, the crisis banner's
/// yellow, the warning's pink); the skip link, when focused, takes its own line above the crisis banner, never over it.
enum Stylesheet {
    static let css = """
    :root{--fg:#1a1a1a;--muted:#555;--accent:#0b5cad;--bg:#fff;--line:#d0d7de;--warn:#8a1c00;--focus:#9a4a00}
    *{box-sizing:border-box}
    body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
    a{color:var(--accent)} a:focus,button:focus,input:focus,select:focus,summary:focus{outline:3px solid var(--focus);outline-offset:2px}
    .skip{position:absolute;left:-999px} .skip:focus{position:static;display:block;padding:.5rem 1rem}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .crisis{background:#fff4d6;border-bottom:1px solid #e0c36a;padding:.5rem 1rem;font-size:.95rem}
    .crisis p{margin:0;max-width:60rem} .crisis a{font-weight:700}
    header.site,footer.site,main{padding:0 1rem;max-width:72rem;margin:0 auto;overflow-wrap:anywhere}
    header.site{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem}
    .brand{font-weight:800;font-size:1.4rem;text-decoration:none}
    nav a{margin-right:1rem;display:inline-block;padding:.25rem 0}
    header.site nav{flex:1 1 auto} @media (min-width:40rem){header.site nav{text-align:right}} header.site .language{margin:0} header.site .language a{display:inline-block;padding:.25rem .5rem;border:1px solid currentColor;border-radius:.25rem;text-decoration:none}
    footer.site{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);margin-top:2rem;padding-top:1rem;padding-bottom:2rem}
    h1{font-size:1.6rem;line-height:1.25} .lead{font-size:1.15rem}
    .field{margin:0 0 1rem} label{display:block;font-weight:600;margin-bottom:.25rem}
    input[type=text],input[type=email],input[type=password],input[type=tel],input[type=url],input[type=number],select,textarea{width:100%;max-width:28rem;font-size:1rem;padding:.6rem;border:1px solid #8c959f;border-radius:6px;background:#fff}
    button{font-size:1.05rem;padding:.7rem 1.4rem;border:0;border-radius:6px;background:var(--accent);color:#fff;font-weight:700;cursor:pointer}
    .hint{margin:.25rem 0 0;color:var(--muted);font-size:.9rem} .error{color:var(--warn);font-weight:600}
    .warning{background:#fde8e4;border-left:4px solid var(--warn);padding:.5rem 1rem}
    .note{color:var(--muted)}
    .freshness{border-left:4px solid var(--muted);padding:.25rem .75rem}
    .active-filters ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
    .active-filters a{display:inline-block;padding:.35rem .75rem;border:1px solid var(--line);border-radius:1rem;min-height:24px}
    .filters details{border-top:1px solid var(--line);padding:.5rem 0} .filters summary{font-weight:700;cursor:pointer;padding:.25rem 0}
    .filters fieldset{border:0;margin:0;padding:0} .filters ul{list-style:none;margin:.25rem 0;padding:0}
    .filters li{display:flex;gap:.5rem;align-items:flex-start;padding:.2rem 0} .filters li label{font-weight:400;display:inline}
    .filters input[type=checkbox]{flex:none;width:1.2rem;height:1.2rem;margin-top:.2rem}
    .n{color:var(--muted)}
    .results{list-style:none;padding:0;margin:0}
    .card{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:0 0 1rem}
    .card h2{font-size:1.2rem;margin:.1rem 0} .card p{margin:.3rem 0} .sub{color:var(--muted);margin-top:0}
    .distance{font-weight:700} .label{font-weight:600} .card .source{color:var(--muted);font-size:.9rem}
    .pages a,.pages span{display:inline-block;min-width:2.5rem;padding:.5rem;text-align:center}
    .pages [aria-current]{font-weight:800;border-bottom:3px solid var(--accent)}
    .facility .facet{margin-bottom:1rem} .facility h3{font-size:1.05rem;margin:.5rem 0 .25rem}
    .facility ul{margin:.25rem 0;padding-left:1.25rem} address{font-style:normal}
    .phones{list-style:none;padding:0} .phones a{font-size:1.15rem;font-weight:700}
    .layout{display:flex;flex-direction:column} .filters-toggle a{display:inline-block;padding:.5rem 0;font-weight:700}
    .filter-panel:not(:target){display:none} .filter-panel{border-top:1px solid var(--line);padding-top:.5rem} .filter-panel:focus{outline:none}
    .search-button{margin-bottom:.5rem} button.secondary{background:#fff;color:var(--accent);border:2px solid var(--accent);padding:.5rem 1rem}
    .understood,.place-notes{border-left:4px solid var(--accent);padding:.25rem .75rem;margin:0 0 1rem} .understood p,.place-notes p{margin:.25rem 0}
    .reach{border-left:4px solid var(--muted);padding:.25rem .75rem}
    table{border-collapse:collapse;width:100%;margin:1rem 0} caption{text-align:left;font-weight:700}
    th,td{border:1px solid var(--line);padding:.4rem;text-align:left;vertical-align:top}
    table.counts th,table.counts td{overflow-wrap:normal} table.counts td{text-align:right} .values code{font-size:.85rem}
    textarea{font:inherit} .field.invalid{border-left:4px solid var(--warn);padding-left:.75rem}
    .field.invalid input,.field.invalid textarea{border:2px solid var(--warn)} textarea:focus,input:focus{outline:3px solid var(--focus);outline-offset:2px}
    .error-summary{border:3px solid var(--warn);padding:.5rem 1rem;margin:0 0 1.5rem} .error-summary h2{font-size:1.15rem;margin:.25rem 0}
    .error-summary a{color:var(--warn);font-weight:600}
    .notice{border-left:4px solid #1a7f37;background:#eef8f0;padding:.5rem 1rem}
    form.inline{display:inline-flex;flex-wrap:wrap;gap:.5rem} fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 1rem;padding:.5rem 1rem}
    legend{font-weight:700;padding:0 .25rem} .choice{display:flex;gap:.5rem;align-items:center;padding:.25rem 0}
    .choice label{font-weight:400;margin:0} .choice input{width:1.2rem;height:1.2rem;flex:none}
    .claim{border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem;margin:0 0 1.5rem}
    dl{display:grid;grid-template-columns:fit-content(40%) minmax(0,1fr);gap:.25rem 1rem} dt{font-weight:600} dd{margin:0}
    .card .stale{color:var(--muted);font-size:.9rem} .verified{color:#1a7f37;font-weight:600} .availability{font-weight:600}
    .hours.open{color:#1a7f37;font-weight:600} .hours.closed{color:var(--muted)}
    .hours .day{display:grid;grid-template-columns:6rem 1fr;gap:.25rem .5rem;align-items:center;margin:.5rem 0}
    .hours .day label{font-weight:400;margin:0} .hours .day-name{grid-column:1/-1;font-weight:600} .hours .day .error{grid-column:1/-1}
    .hours input[type=time]{max-width:10rem}
    .checks ul{list-style:none;padding:0;margin:.25rem 0 1rem} .checks li{display:flex;gap:.5rem;align-items:flex-start;padding:.15rem 0}
    .checks li label{font-weight:400;display:inline} .checks input[type=checkbox]{flex:none;width:1.2rem;height:1.2rem;margin-top:.2rem}
    details.terms{border-top:1px solid var(--line);padding:.5rem 0} details.terms summary{font-weight:600;cursor:pointer}
    meter{width:100%;max-width:28rem;height:1.25rem} .actions li{margin:.35rem 0}
    pre{white-space:pre-wrap;background:#f6f8fa;padding:.75rem;border-radius:6px}
    .guide,.guide-preview{max-width:44rem} .guide-body h2,.guide-preview h2{margin-top:2rem} .breadcrumb{margin:.5rem 0 0}
    .disclaimer{border-left:4px solid var(--accent);padding:.25rem .75rem;font-size:.95rem}
    .contents{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem;margin:1rem 0} .contents h2{font-size:1.05rem;margin:.5rem 0}
    .contents li{margin:.3rem 0} a.cite{text-decoration:none;font-size:.9em;padding:0 .1rem}
    ol.timeline{list-style:none;padding:0;border-left:3px solid var(--accent);margin:1rem 0 1rem .5rem}
    ol.timeline li{position:relative;padding:.25rem 0 .75rem 1rem} ol.timeline .when{display:block}
    .find-treatment{border:1px solid var(--line);border-radius:8px;padding:.5rem 1rem 1rem;margin:2rem 0}
    .sources li{margin:.4rem 0;overflow-wrap:anywhere} .guide-list{list-style:none;padding:0} .guide-list li{margin:0 0 1rem}
    .guide-list .sub,.guide-list .hint{margin:.2rem 0} .related-guides{border-left:4px solid var(--accent);padding:.25rem .75rem;margin:0 0 1rem}
    .related-guides h2{font-size:1.1rem;margin:.25rem 0}
    .diff-lines ins{display:block;text-decoration:none;background:#e6f4ea} .diff-lines del{display:block;text-decoration:none;background:#fde8e4}
    .diff-lines .fold{display:block;color:var(--muted)} .preview{border-top:3px solid var(--line);margin-top:2rem}
    ul.rows>li{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem;margin:0 0 .75rem}
    ul.rows p{margin:.35rem 0} .row-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0}
    .row-form label{flex-basis:100%;margin:0} .row-form select,.row-form input{flex:1 1 12rem;width:auto}
    ul.rows,ol.rows{list-style:none;padding:0} ol.rows>li{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem;margin:0 0 .75rem}
    ol.rows p{margin:.35rem 0} ul.columns{padding-left:1.2rem;columns:16rem} ul.columns li{break-inside:avoid;margin:.2rem 0}
    .message-us{border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem;margin:1rem 0}
    dl.inquiry{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem} dl.inquiry dt{font-weight:700} dl.inquiry dd{margin:0;overflow-wrap:anywhere}
    .message{border-left:4px solid var(--line);padding:0 1rem;overflow-wrap:anywhere} .status-new{font-weight:700;color:var(--accent)}
    a.button-link{display:inline-block;padding:.6rem 1.2rem;border:2px solid var(--accent);border-radius:6px;font-weight:700;text-decoration:none}
    .list:focus{outline:none} .count a{white-space:nowrap}
    @media (min-width:56rem){.layout{display:grid;grid-template-columns:20rem 1fr;gap:2rem;align-items:start}
      .layout>.filters{grid-column:1;grid-row:1} .layout>.list{grid-column:2;grid-row:1} .count a{display:none}
      .filter-panel:not(:target){display:block} .filters-toggle,.filters-close{display:none}}
    figure.map{margin:1.5rem 0} figure.map img{width:100%;max-width:40rem;height:auto;border:1px solid var(--line);border-radius:8px} figure.map figcaption{color:var(--muted);font-size:.9rem}
    .list-add{margin:.5rem 0} .list-add.on{color:#1a7f37;font-weight:600} .my-list{border:2px solid var(--accent);border-radius:8px;padding:.5rem 1rem}
    ol.my-list-places{padding-left:1.2rem} ol.my-list-places>li{margin:0 0 1.25rem;break-inside:avoid} ol.my-list-places p{margin:.2rem 0}
    dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.3rem 0} dl.summary dt{font-weight:700} dl.summary dd{margin:0}
    .compare-wrap{overflow-x:auto} table.compare{border-collapse:collapse;min-width:32rem} table.compare th,table.compare td{border:1px solid var(--line);padding:.4rem;vertical-align:top;text-align:left;min-width:9rem} table.compare th[scope=row]{min-width:6rem}
    @media print{body{font-size:11pt;line-height:1.3} .skip,header.site,form,.filters,.active-filters,.list-add,.share,.manage,.message-us,nav.pages,footer.site,.no-print{display:none!important}
      a{color:inherit;text-decoration:none} .crisis{border:1px solid #000} .card,ol.my-list-places>li{break-inside:avoid} .layout{display:block}
      @page{margin:1.2cm} .my-list-page{font-size:8.5pt;line-height:1.25} .my-list-page dl.summary{display:block} .my-list-page dl.summary dt{display:inline} .my-list-page dl.summary dt::after{content:": "} .my-list-page dl.summary dd{display:inline} .my-list-page dl.summary dd::after{content:"";display:block} .my-list-page h1{font-size:14pt;margin:.3rem 0} .crisis p{margin:.2rem 0}
      .my-list-page ol.my-list-places{columns:2;column-gap:1.5rem} .my-list-page ol.my-list-places>li{margin:0 0 .6rem}
      .my-list-page ol.my-list-places h2{font-size:11pt;margin:0}}
    """
}
