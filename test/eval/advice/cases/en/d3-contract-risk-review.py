from google import genai
from google.genai import types
from typing import Literal

from pydantic import BaseModel

client = genai.Client()

class D3ContractRiskReview(BaseModel):
    overallRisk: Literal["low", "medium", "high"]
    liabilityCapAdequate: bool
    indemnityOneSided: bool
    terminationRisk: Literal["low", "medium", "high"]
    ipOwnershipClear: bool
    gdprCompliant: bool
    autoRenewalTrap: bool
    recommendSigning: bool


def d3_contract_risk_review(contract_text: str):
    response = client.models.generate_content(
        model="gemini-2.5-pro",
        contents=f"Contract:\n{contract_text}",
        config=types.GenerateContentConfig(
            system_instruction="You review supplier contracts for the legal team.",
            max_output_tokens=200,
            temperature=0,
            response_mime_type="application/json",
            response_schema=D3ContractRiskReview,
        ),
    )
    return response.parsed
