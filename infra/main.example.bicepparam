// Example parameters for one municipality. Secrets come from the environment of the shell that
// runs the deployment, never from this file:
//   export SKOLEUTVIKLING_BOT_APP_PASSWORD=... SKOLEUTVIKLING_POSTGRES_PASSWORD=...
//   az deployment group create -g rg-skoleutvikling -f infra/main.bicep -p infra/main.example.bicepparam
using 'main.bicep'

param baseName = 'su-eksempel'
param location = 'norwayeast'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('SKOLEUTVIKLING_BOT_APP_PASSWORD')
param postgresAdminPassword = readEnvironmentVariable('SKOLEUTVIKLING_POSTGRES_PASSWORD')
param appServiceSku = 'B1'
param botSku = 'F0'
