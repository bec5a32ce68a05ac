package org.gradphoto.batch.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import org.gradphoto.batch.BatchRow;
import org.gradphoto.batch.PhotoStatus;
import org.gradphoto.batch.StoredRows;
import org.gradphoto.engine.profile.Profile;

/**
 * report.html: one self-contained file (thumbnails inlined, no outside resources): each photo as a thumbnail with
 * the guides drawn, its status, ID number and failed rules; worst first; filters by status and by category.
 * Written as a stream, one photo at a time.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:16px;color:#222}
            h1{font-size:20px;margin:0 0 4px} .meta{color:#555;font-size:13px;margin-bottom:10px}
            .counts span,.filters button{display:inline-block;margin:0 6px 6px 0;padding:3px 8px;border-radius:4px;font-size:13px}
            .counts span{background:#eef}
            .filters button{border:1px solid #889;background:#fff;cursor:pointer}
            .filters button.on{background:#335;color:#fff}
            #cards{display:flex;flex-wrap:wrap;gap:10px}
            .card{width:330px;border:1px solid #ccd;border-radius:6px;padding:8px;display:flex;gap:8px;font-size:12px}
            .card img{width:150px;height:auto;flex:none;align-self:flex-start;border:1px solid #ddd}
            .card .noimg{width:150px;height:200px;flex:none;background:#eee;display:flex;align-items:center;justify-content:center;color:#999}
            .st{font-weight:bold} .REJECTED .st,.UNREADABLE .st,.REFUSED .st,.FAILED .st{color:#c22}
            .FIXED .st{color:#26a} .PASSED .st,.WARNINGS .st{color:#282}
            .card ul{margin:4px 0 0;padding-left:16px} .name{word-break:break-all;font-weight:bold} .export{word-break:break-all}
            .card>div{min-width:0} .before{margin-top:4px;color:#555}
            .problem{color:#b60}
            """;

    private static final String SCRIPT = """
            (function(){
              var status=null, category=null;
              function apply(){
                var cards=document.querySelectorAll('.card'), shown=0;
                for(var i=0;i<cards.length;i++){
                  var c=cards[i], ok=(!status||c.dataset.status===status)&&(!category||(c.dataset.categories||'').split('|').indexOf(category)>=0);
                  c.style.display=ok?'':'none'; if(ok)shown++;
                }
                document.getElementById('shown').textContent=shown;
              }
              function bind(group, set){
                var bs=document.querySelectorAll('#'+group+' button');
                for(var i=0;i<bs.length;i++){bs[i].addEventListener('click',function(e){
                  var b=e.currentTarget, v=b.dataset.value||null;
                  for(var j=0;j<bs.length;j++)bs[j].classList.remove('on');
                  b.classList.add('on'); set(v); apply();
                });}
              }
              bind('status-filter',function(v){status=v;});
              bind('category-filter',function(v){category=v;});
              apply();
            })();
            """;

    private HtmlReport() {
    }

    static void write(Path file, StoredRows rows, Profile profile, Path thumbs) throws IOException {
        Map<PhotoStatus, Integer> byStatus = rows.byStatus();
        Map<String, Integer> byCategory = rows.byCategory();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>照片批量检查报告 Batch photo report</title><style>" + STYLE + "</style></head><body>\n");
            w.write("<h1>照片批量检查报告 · Batch photo report</h1>\n<div class=\"meta\">规范 profile: " + esc(profile.id())
                    + " " + esc(profile.nameZh()) + " · " + rows.size() + " 张 photos · "
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " · 显示 shown: <span id=\"shown\">"
                    + rows.size() + "</span></div>\n");
            w.write("<div class=\"counts\">");
            for (PhotoStatus s : PhotoStatus.values()) {
                if (byStatus.containsKey(s)) {
                    w.write("<span>" + esc(s.zh()) + " " + byStatus.get(s) + "</span>");
                }
            }
            w.write("</div>\n<div class=\"filters\" id=\"status-filter\"><button class=\"on\">全部状态 all</button>");
            for (PhotoStatus s : PhotoStatus.values()) {
                if (byStatus.containsKey(s)) {
                    w.write("<button data-value=\"" + s.name() + "\">" + esc(s.zh()) + " (" + byStatus.get(s) + ")</button>");
                }
            }
            w.write("</div>\n<div class=\"filters\" id=\"category-filter\"><button class=\"on\">全部类别 all</button>");
            for (Map.Entry<String, Integer> e : byCategory.entrySet()) {
                w.write("<button data-value=\"" + esc(e.getKey()) + "\">" + esc(e.getKey()) + " (" + e.getValue() + ")</button>");
            }
            w.write("</div>\n<div id=\"cards\">\n");
            for (BatchRow r : rows.worstFirst()) {
                card(w, r, thumbs);
            }
            w.write("</div>\n<script>" + SCRIPT + "</script>\n</body></html>\n");
        }
    }

    private static void card(Writer w, BatchRow r, Path thumbs) throws IOException {
        w.write("<div class=\"card " + r.status().name() + "\" data-status=\"" + r.status().name() + "\" data-categories=\""
                + esc(String.join("|", r.categories())) + "\">");
        Path t = r.thumbnail() == null ? null : thumbs.resolve(r.thumbnail());
        if (t != null && Files.isRegularFile(t)) {
            w.write("<img alt=\"\" src=\"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(t)) + "\">");
        } else {
            w.write("<div class=\"noimg\">—</div>");
        }
        w.write("<div><div class=\"name\">" + esc(r.source()) + "</div>");
        w.write("<div>" + (r.idNumber() == null ? "" : esc(r.idNumber())) + "</div>");
        if (r.nameProblem() != null) {
            w.write("<div class=\"problem\">" + esc(r.nameProblem().zh()) + "</div>");
        }
        w.write("<div class=\"st\">" + esc(r.status().zh()) + "</div>");
        if (r.detailZh() != null && !r.detailZh().isEmpty()) {
            w.write("<div>" + esc(r.detailZh()) + "</div>");
        }
        if (r.exportName() != null) {
            w.write("<div class=\"export\">→ export/" + esc(r.exportName()) + "</div>");
        }
        if (!r.messagesZh().isEmpty()) {
            if (r.status() == PhotoStatus.FIXED) {
                w.write("<div class=\"before\">修正前的问题 before the fix:</div>");
            }
            w.write("<ul>");
            for (String m : r.messagesZh()) {
                w.write("<li>" + esc(m) + "</li>");
            }
            w.write("</ul>");
        }
        w.write("</div></div>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
