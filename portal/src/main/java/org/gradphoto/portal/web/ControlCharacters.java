package org.gradphoto.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters (NUL and the rest of C0 except tab and line breaks, DEL, and the C1 block) from every
 * request parameter before anything reads it. Nobody types them; PostgreSQL refuses a NUL in text outright, and
 * the others end up invisible in names and reasons.
 */
class ControlCharacters extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    static String clean(String s) {
        return s == null ? null : CONTROL.matcher(s).replaceAll("");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] v = getParameterMap().get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = getParameterMap().get(name);
            return v == null ? null : v.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> out = new LinkedHashMap<>();
                super.getParameterMap().forEach((k, v) -> {
                    String[] c = new String[v.length];
                    for (int i = 0; i < v.length; i++) {
                        c[i] = clean(v[i]);
                    }
                    out.put(clean(k), c);
                });
                parameters = Collections.unmodifiableMap(out);
            }
            return parameters;
        }
    }
}
