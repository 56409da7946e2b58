# One image for the API (which also serves the web app) and the worker.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nest build api && npx nest build worker && npm run build:web

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Keep in step with package.json config.nodeFlags: a bounded heap keeps each process under ~250 MB.
ENV NODE_OPTIONS="--max-old-space-size=160 --max-semi-space-size=8"
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/package.json
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY scripts/demo ./scripts/demo
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
