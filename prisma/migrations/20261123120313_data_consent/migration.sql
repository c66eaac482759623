-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dataConsentAt" TIMESTAMP(3);
