"""The staff console: a small web application over the store (`intake web`).

    app = create_app(ctx)          # a Starlette ASGI app (intake.web.app)
    server = WebServer(app, "127.0.0.1", 8080); server.start(); ...; server.stop()

Pages under `pages/`, templates under `templates/` (autoescaped), static files under
`static/` (no build step). See docs/console.md.
"""
