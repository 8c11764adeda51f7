// SkoleUtvikling in one municipality's Azure subscription: the bot on App Service (Linux, .NET 10),
// its Azure Bot registration (single-tenant, Teams channel), PostgreSQL Flexible Server for the
// bot's data and Quartz, and a Key Vault holding the secrets the app reads through Key Vault
// references. Deploy into a resource group:
//
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.example.bicepparam
//
// Each municipality is its own Entra tenant with its own bot registration (design.md, decision 7).

targetScope = 'resourceGroup'

@description('Short lower-case name used in every resource name, e.g. "su-bergen".')
@minLength(3)
@maxLength(16)
param baseName string

@description('Region of the App Service, PostgreSQL and Key Vault (the Bot resource is global).')
param location string = resourceGroup().location

@description('Client id of the bot\'s single-tenant Entra app registration (MicrosoftAppId).')
param botAppId string

@description('Tenant of that app registration (MicrosoftAppTenantId).')
param botTenantId string = tenant().tenantId

@description('Client secret of the app registration; stored only in Key Vault.')
@secure()
param botAppPassword string

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'skoleutvikling'

@description('Administrator password of the PostgreSQL server; stored only in Key Vault.')
@secure()
param postgresAdminPassword string

@description('App Service plan size. B1 suffices for one municipality; P0v3 for a national service.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier: F0 (free, Teams is a standard channel) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Principal (user or group object id) that may manage Key Vault secrets; empty for none.')
param vaultAdminPrincipalId string = ''

var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-bot-${suffix}'
var keyVaultName = take('${baseName}-kv-${suffix}', 24)
var postgresName = '${baseName}-pg-${suffix}'
var databaseName = 'skoleutvikling'

// Built-in role: read secret contents (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
var keyVaultSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var keyVaultSecretsOfficerRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's rule for "services inside Azure" (the App Service's outbound
// addresses); TLS is required by the server. A VNet with private access is the stricter option.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

resource storageConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'StorageConnectionString'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The outbox worker and Quartz run in the process: keep it loaded.
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})' }
        { name: 'Storage__Provider', value: 'Postgres' }
        { name: 'Storage__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${storageConnectionSecret.properties.secretUri})' }
        // appsettings.json binds 127.0.0.1:3978 for development; App Service forwards to 8080.
        { name: 'Urls', value: 'http://0.0.0.0:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'TZ', value: 'UTC' }
      ]
    }
  }
}

resource webReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, web.id, keyVaultSecretsUserRole)
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vaultAdminManagesSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(vaultAdminPrincipalId)) {
  scope: keyVault
  name: guid(keyVault.id, vaultAdminPrincipalId, keyVaultSecretsOfficerRole)
  properties: {
    roleDefinitionId: keyVaultSecretsOfficerRole
    principalId: vaultAdminPrincipalId
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'SkoleUtvikling'
    description: 'Skolebasert kompetanseutvikling i Teams'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output webAppName string = web.name
output botEndpoint string = bot.properties.endpoint
output keyVaultName string = keyVault.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
