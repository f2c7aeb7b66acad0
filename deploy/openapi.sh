#!/usr/bin/env bash
# deploy/openapi.sh — regenerates the contract openapi.yaml from the backend's annotations and the
# SPA's client from it. Run it after changing a resource or DTO; OpenApiContractTest fails until
# the two agree. Review the diff of openapi.yaml: it is what third parties build on.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$root/backend" && ./mvnw -B -q package -DskipTests)
cp "$root/backend/target/openapi/openapi.yaml" "$root/openapi.yaml"
(cd "$root/frontend" && npm run --silent gen:api)
echo "openapi.yaml and frontend/src/api/schema.d.ts regenerated"
