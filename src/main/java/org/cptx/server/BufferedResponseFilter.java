package org.cptx.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.cptx.terminology.messages.RequestMessages;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Collects a FHIR response in memory and sends it once, with a Content-Length and a single Date
 * header. HAPI flushes its writer after every JSON value, which would otherwise split a small
 * answer into dozens of chunks. Being whole, the answer can be tagged for caching ({@link
 * HttpCaching}).
 */
public final class BufferedResponseFilter implements Filter {

  private final HttpCaching caching;

  BufferedResponseFilter(HttpCaching caching) {
    this.caching = caching;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    Buffered buffered = new Buffered(http);
    chain.doFilter(request, buffered);
    buffered.finish((HttpServletRequest) request, caching);
  }

  private static final class Buffered extends HttpServletResponseWrapper {
    private final HttpServletResponse target;
    // sized by the first write: an answer written whole (cptx's writers) takes one exact array
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(0);
    private ServletOutputStream stream;
    private PrintWriter writer;

    Buffered(HttpServletResponse target) {
      super(target);
      this.target = target;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking only");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        Charset charset = Charset.forName(getCharacterEncoding());
        writer =
            new PrintWriter(new OutputStreamWriter(getOutputStream(), charset)) {
              @Override
              public void flush() {
                // held back until the response is complete
              }
            };
      }
      return writer;
    }

    @Override
    public void sendError(int status) {
      sendError(status, null);
    }

    /**
     * An error a servlet sends itself (HAPI for a method it does not know) becomes an
     * OperationOutcome too.
     */
    @Override
    public void sendError(int status, String message) {
      resetBuffer();
      setStatus(status);
      setContentType(Outcomes.CONTENT_TYPE);
      byte[] body =
          Outcomes.json(
              RequestMessages.httpError(
                  status, message == null ? HttpStatus.getMessage(status) : message));
      bytes.write(body, 0, body.length);
    }

    @Override
    public void flushBuffer() {
      // held back until the response is complete
    }

    @Override
    public boolean isCommitted() {
      return false;
    }

    @Override
    public void reset() {
      super.reset();
      resetBuffer();
    }

    @Override
    public void resetBuffer() {
      if (writer != null) {
        writer = null;
      }
      bytes.reset();
    }

    void finish(HttpServletRequest request, HttpCaching caching) throws IOException {
      if (writer != null) {
        writer.close();
      }
      if (target.isCommitted()) {
        return;
      }
      // straight into Jetty's fields: no servlet wrappers, fixed values encoded once
      HttpFields.Mutable headers =
          ServletContextResponse.getServletContextResponse(target).getHeaders();
      headers.put(HttpDate.field());
      if (caching.apply(request, target, headers, bytes)) {
        return; // 304: the client's copy is current
      }
      target.setContentLength(bytes.size());
      bytes.writeTo(target.getOutputStream());
    }
  }
}
